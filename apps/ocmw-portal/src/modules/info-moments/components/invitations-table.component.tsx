import type { InfoMomentDetail } from '@digipakket/api/contracts';
import { DataTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';

type Invitation = InfoMomentDetail['invitations'][number];
const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/** Who is invited to the info moment and whether they came, each marked present or absent in place. */
export function InvitationsTable(props: {
  invitations: Invitation[];
  busy: boolean;
  onMark: (invitation: Invitation, attendance: 'attended' | 'absent') => void;
}) {
  return (
    <DataTable
      caption={t('infoMoment.invitations.caption')}
      rows={props.invitations}
      columns={[
        {
          header: t('infoMoment.column.client'),
          rowHeader: true,
          cell: (invitation) => <A href={`/clients/${invitation.clientId}`}>{nameOf(invitation)}</A>,
        },
        { header: t('infoMoment.column.fileNumber'), cell: (invitation) => invitation.fileNumber },
        {
          header: t('infoMoment.column.attendance'),
          cell: (invitation) => t(`infoMoment.attendance.${invitation.attendance}` as OcmwKey),
        },
        {
          header: t('infoMoment.column.actions'),
          cell: (invitation) => (
            <Show when={invitation.attendance !== 'attended'}>
              <div class="inline-actions">
                <button
                  type="button"
                  class="button button--secondary"
                  aria-label={t('infoMoment.markPresentFor', { name: nameOf(invitation) })}
                  disabled={props.busy}
                  onClick={() => props.onMark(invitation, 'attended')}
                >
                  {t('infoMoment.markPresent')}
                </button>
                <Show when={invitation.attendance === 'invited'}>
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-label={t('infoMoment.markAbsentFor', { name: nameOf(invitation) })}
                    disabled={props.busy}
                    onClick={() => props.onMark(invitation, 'absent')}
                  >
                    {t('infoMoment.markAbsent')}
                  </button>
                </Show>
              </div>
            </Show>
          ),
        },
      ]}
    />
  );
}
