-- The retention sweep as a job of its own, so that with several API processes one of them sweeps per
-- interval instead of each one (stately: a second run waits while one runs).
SELECT pgboss.create_queue('privacy.retention', '{"policy":"stately","retryLimit":0,"expireInSeconds":3600}'::json);
