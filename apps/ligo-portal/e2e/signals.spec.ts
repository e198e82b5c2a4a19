import {
  brusselsDate,
  demoApi,
  docsImagePath,
  expectNoSeriousA11yViolations,
  signInAndOpen,
} from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';

// Labels of the signals other organisations own: the training coordinator never sees them.
const OTHER_OWNERS_LABELS = [
  'Laptop nog niet afgehaald',
  'Installatiebezoek te laat',
  'Cheque vervalt binnenkort',
  'Moet opgevolgd worden na bezoek',
  'Al lang geen contact',
];

type Group = { id: string; name: string };
type GroupDetail = {
  sessions: { id: string; date: string; cancelled: boolean }[];
  learners: { enrolmentId: string; firstName: string; lastName: string }[];
};

test.describe('the training follow-up', () => {
  test('after a learner misses two lessons in a row, the coordinator sees it and nothing of other organisations', async ({
    page,
    baseURL,
  }) => {
    // The demo's group A had a lesson a week ago and has one today: the teacher marks its last learner
    // absent at both (the other attendance tests use the first learners).
    const coordinator = await demoApi(baseURL!, 'ligoCoordinator');
    const teacher = await demoApi(baseURL!, 'teacher');
    const { items: groups } = (await (await coordinator.get('/api/training/groups')).json()) as {
      items: Group[];
    };
    const group = groups.find((candidate) => candidate.name.endsWith('groep A'))!;
    const detail = (await (await coordinator.get(`/api/training/groups/${group.id}`)).json()) as GroupDetail;
    const learner = detail.learners.at(-1)!;
    const held = detail.sessions.filter((session) => !session.cancelled && session.date <= brusselsDate(0));
    expect(held.length).toBeGreaterThanOrEqual(2);
    for (const session of held.slice(-2)) {
      const mark = await teacher.put(
        `/api/training/sessions/${session.id}/attendance/${learner.enrolmentId}`,
        {
          data: { status: 'absent' },
        },
      );
      expect(mark.status()).toBe(200);
    }
    // The background sweep turns the new facts into a signal within seconds.
    await expect
      .poll(
        async () => {
          const list = (await (await coordinator.get('/api/signals?limit=100')).json()) as {
            items: { kind: string; client: { firstName: string; lastName: string } }[];
          };
          // Other tests may raise the same kind for other learners: wait for this learner's own.
          return list.items.some(
            (item) =>
              item.kind === 'training.absent_twice' &&
              item.client.firstName === learner.firstName &&
              item.client.lastName === learner.lastName,
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await teacher.dispose();
    await coordinator.dispose();

    await signInAndOpen(page, 'ligoCoordinator', 'Opvolging');
    const card = page
      .getByRole('list', { name: 'Opvolging' })
      .getByRole('listitem')
      .filter({ hasText: `${learner.firstName} ${learner.lastName}` });
    await expect(card).toContainText('Twee keer na elkaar afwezig');
    await expect(card.locator('.badge')).toHaveText(/Dringend|Aandacht/);
    for (const label of OTHER_OWNERS_LABELS) await expect(page.getByText(label)).toHaveCount(0);

    const response = await page.request.get('/api/signals?limit=100');
    const { items } = (await response.json()) as { items: { owner: string }[] };
    expect(items.every((item) => item.owner === 'training')).toBe(true);

    await expectNoSeriousA11yViolations(page, 'the follow-up page');
    await page.screenshot({ path: docsImagePath('ligo-signals') });

    await card.getByRole('link', { name: /^Naar de groep\b/ }).focus();
    await page.keyboard.press('Enter');
    // The link opens the learner's own course group.
    await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();
  });
});
