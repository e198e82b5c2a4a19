import type { LoadRequest } from './load';
import type { Subjects } from './subjects';

export type Target = {
  key: string;
  label: string;
  cookie: string;
  requests: LoadRequest[] | null;
  p95BarMs: number | null;
  missing?: string;
  /** Writes that use up their subjects run once per connection level, for this many requests. */
  amount?: number;
};

const writeHeaders = (baseUrl: string) => ({ origin: baseUrl, 'content-type': 'application/json' });

/** The reads each user makes most: search, the client page, the visit, session and attendance lists. */
function readTargets({ subjects }: { subjects: Subjects }): Target[] {
  const { paths, socialWorker, student, teacher, clientIds, sessionId } = subjects;
  const { overview, attendanceList } = paths;
  return [
    {
      key: 'client-search',
      label: 'client search',
      cookie: socialWorker.cookie,
      p95BarMs: 20,
      requests: ['peeters', 'yilmas', 'kovalenko', 'el amrani', 'nowak', 'dubios', 'petrov', 'sultani'].map(
        (q) => ({
          path: `/api/clients?q=${encodeURIComponent(q)}`,
        }),
      ),
    },
    {
      key: 'client-page',
      label: `client page (${overview ? 'GET /api/clients/:id/overview' : 'GET /api/clients/:id'})`,
      cookie: socialWorker.cookie,
      p95BarMs: 25,
      requests: clientIds.map((id) => ({
        path: overview ? `/api/clients/${id}/overview` : `/api/clients/${id}`,
      })),
    },
    {
      key: 'student-visits',
      label: "student's visit list",
      cookie: student.cookie,
      p95BarMs: 15,
      requests: [{ path: '/api/visits/mine' }],
    },
    {
      key: 'teacher-sessions',
      label: "teacher's session list",
      cookie: teacher.cookie,
      p95BarMs: 15,
      requests: [{ path: '/api/training/sessions/mine' }],
    },
    {
      key: 'teacher-attendance',
      label: "teacher's attendance list",
      cookie: teacher.cookie,
      p95BarMs: 15,
      requests: attendanceList && sessionId ? [{ path: attendanceList.replace('{id}', sessionId) }] : null,
      missing: attendanceList ? 'no session of the teacher found' : 'not available yet',
    },
  ];
}

function dashboardTarget({ subjects }: { subjects: Subjects }): Target {
  const { dashboard } = subjects.paths;
  return {
    key: 'dashboard',
    label: `project-lead dashboard${dashboard ? ` (${dashboard})` : ''}`,
    cookie: subjects.projectLead.cookie,
    p95BarMs: 100,
    requests: dashboard ? [{ path: dashboard }] : null,
    missing: 'not available yet',
  };
}

/** The project lead's outcome comparison of the programme by wave and variation (bar: under 2 s). */
function outcomeComparisonTarget({ subjects }: { subjects: Subjects }): Target {
  const path = '/api/outcome-report/comparison';
  return {
    key: 'outcome-comparison',
    label: `project lead's outcome comparison (GET ${path})`,
    cookie: subjects.projectLead.cookie,
    p95BarMs: 2000,
    requests: [{ path }],
  };
}

function markAttendanceTarget({ subjects, baseUrl }: { subjects: Subjects; baseUrl: string }): Target {
  const { markAttendance } = subjects.paths;
  const { markable } = subjects;
  return {
    key: 'mark-attendance',
    label: 'mark attendance',
    cookie: subjects.teacher.cookie,
    p95BarMs: 15,
    requests:
      markAttendance && markable.length > 0
        ? markable.map(({ sessionId: session, enrolmentId }, n) => ({
            method: 'PUT',
            path: markAttendance.replace('{id}', session).replace('{enrolmentId}', enrolmentId),
            headers: writeHeaders(baseUrl),
            body: JSON.stringify({ status: n % 5 === 0 ? 'late' : 'present' }),
          }))
        : null,
    missing: markAttendance ? 'no session of the last week to mark' : 'not available yet',
  };
}

function redeemTarget({
  subjects,
  baseUrl,
  connectionLevels,
}: {
  subjects: Subjects;
  baseUrl: string;
  connectionLevels: number[];
}): Target {
  const { redeem } = subjects.paths;
  const { redeemable, today } = subjects;
  const headers = writeHeaders(baseUrl);
  let nextCode = 0;
  return {
    key: 'redeem',
    label: 'redeem a cheque',
    cookie: subjects.student.cookie,
    p95BarMs: 15,
    requests:
      redeem && redeemable.length > 0
        ? [
            {
              method: 'POST',
              path: redeem,
              headers,
              setupRequest: (request) => {
                const code = redeemable[nextCode % redeemable.length]!.code;
                nextCode += 1;
                return {
                  ...request,
                  headers: { ...headers, 'idempotency-key': `bench-${nextCode}-${code}` },
                  body: JSON.stringify({
                    code,
                    minutes: 60,
                    topics: ['installed_laptop', 'wifi'],
                    needsFollowUp: false,
                    visitedOn: today,
                  }),
                };
              },
            },
          ]
        : null,
    // The probe before the load redeems one code, so does the capture of its statements at each
    // level; each level then gets its own share of the rest, so no code is redeemed twice (a second
    // redemption is a 409, not a measurement).
    amount: Math.max(
      Math.max(...connectionLevels),
      Math.floor((redeemable.length - 1 - connectionLevels.length) / connectionLevels.length),
    ),
    missing: redeem ? 'no redeemable cheque for the student' : 'not available yet',
  };
}

/** Every endpoint measured under load, in the order the figures list them; `only` picks by key. */
export function endpointTargets({
  subjects,
  baseUrl,
  connectionLevels,
  only,
}: {
  subjects: Subjects;
  baseUrl: string;
  connectionLevels: number[];
  only: string[] | undefined;
}): Target[] {
  const targets = [
    ...readTargets({ subjects }),
    markAttendanceTarget({ subjects, baseUrl }),
    redeemTarget({ subjects, baseUrl, connectionLevels }),
    dashboardTarget({ subjects }),
    outcomeComparisonTarget({ subjects }),
  ];
  return only ? targets.filter((target) => only.includes(target.key)) : targets;
}
