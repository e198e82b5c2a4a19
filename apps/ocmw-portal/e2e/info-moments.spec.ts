import { callApi, expectNoSeriousA11yViolations, signInAsDemo } from '@digipakket/portal-kit/e2e';
import { expect, test } from '@playwright/test';
import { approvedClient, clientWithLaptop } from './clients.fixtures';

test.describe('info moments and the end of a trajectory', () => {
  test('invites a client to an info moment, marks them present and completes the trajectory; ends another early', async ({
    page,
  }) => {
    await signInAsDemo(page, 'socialWorker');
    const { client } = await clientWithLaptop(page, {
      fileNumberPrefix: 'E2E-IM',
      firstName: 'Ilse',
      lastName: 'Infomoment',
      purposes: ['work'],
    });
    const { client: registered } = await callApi(page, 'GET', `/clients/${client.id}`);
    const name = `${registered.firstName} ${registered.lastName}`;

    await page.goto(`/ocmw/clients/${client.id}`);
    const card = page.getByRole('region', { name: 'Infomoment' });
    await expect(card.getByTestId('client-info-state')).toHaveText('Nog open: infomoment.');

    await page.getByRole('navigation').getByRole('link', { name: 'Infomomenten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Infomomenten' })).toBeVisible();
    const plan = page.getByRole('form', { name: 'Infomoment plannen' });
    await plan.getByRole('button', { name: 'Infomoment plannen' }).click();
    await expect(plan).toContainText('Vul datum en uur');
    await plan.getByLabel('Datum en uur', { exact: true }).fill('2026-03-10T14:00');
    await plan.getByLabel('Plaats', { exact: true }).fill(`Sociaal Huis ${name}`);
    await plan.getByLabel('Aantal plaatsen', { exact: true }).fill('12');
    await expectNoSeriousA11yViolations(page, 'the info moments page');
    await plan.getByRole('button', { name: 'Infomoment plannen' }).click();
    await page
      .getByRole('row', { name: new RegExp(`Sociaal Huis ${name}`) })
      .getByRole('link')
      .click();

    await expect(page.getByTestId('info-moment-summary')).toContainText('0 van 12 plaatsen');
    await page.getByRole('checkbox', { name: new RegExp(name) }).check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(page.getByTestId('info-moment-summary')).toContainText('1 van 12 plaatsen');
    await expectNoSeriousA11yViolations(page, 'an info moment with an invited client');
    await page.getByRole('button', { name: `Aanwezig: ${name}` }).click();
    await expect(page.getByTestId('info-moment-summary')).toContainText('1 aanwezig');

    await page.getByRole('link', { name }).click();
    await expect(card.getByTestId('client-info-state')).toContainText('Infomoment bijgewoond op');
    const end = page.getByRole('region', { name: 'Traject afronden of stopzetten' });
    await end.getByRole('textbox', { name: /Korte samenvatting/ }).fill('Werkt zelfstandig met de laptop');
    await end.getByRole('button', { name: 'Traject afronden' }).click();
    await expect(end).toContainText('Dit traject is afgesloten');
    await expectNoSeriousA11yViolations(page, 'the client page with a completed trajectory');

    const other = await approvedClient(page, {
      fileNumberPrefix: 'E2E-IM',
      firstName: 'Omar',
      lastName: 'Stopgezet',
      purposes: ['social_contact'],
    });
    await page.goto(`/ocmw/clients/${other.id}`);
    const otherEnd = page.getByRole('region', { name: 'Traject afronden of stopzetten' });
    await otherEnd.getByRole('radio', { name: 'Traject stopzetten' }).check();
    await otherEnd.getByLabel('Reden', { exact: true }).selectOption({ label: 'Verhuisd' });
    await otherEnd.getByLabel('Notitie', { exact: true }).fill('Verhuisd naar Brugge');
    await otherEnd.getByRole('button', { name: 'Traject stopzetten' }).click();
    await expect(otherEnd).toContainText('Verhuisd naar Brugge');
  });
});
