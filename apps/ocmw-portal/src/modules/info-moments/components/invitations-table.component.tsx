import type { InfoMomentDetail } from '@digipakket/api/contracts';
import { DataTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';

type Invitation = InfoMomentDetail['invitations'][number];
const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

type Mark = 'attended' | 'absent';

/** Each mark's button text, and its name for screen readers with the client's name in it. */
const MARK_LABELS: Record<Mark, { text: OcmwKey; forClient: OcmwKey }> = {
  attended: { text: 'infoMoment.markPresent', forClient: 'infoMoment.markPresentFor' },
  absent: { text: 'infoMoment.markAbsent', forClient: 'infoMoment.markAbsentFor' },
};

/** The button that marks one invitation present or absent. */
function MarkButton(props: {
  invitation: Invitation;
  attendance: Mark;
  busy: boolean;
  onMark: (invitation: Invitation, attendance: Mark) => void;
}) {
  const labels = () => MARK_LABELS[props.attendance];
  return (
    <button
      type="button"
      class="button button--secondary"
      aria-label={t(labels().forClient, { name: nameOf(props.invitation) })}
      disabled={props.busy}
      onClick={() => props.onMark(props.invitation, props.attendance)}
    >
      {t(labels().text)}
    </button>
  );
}

/** Who is invited to the info moment and whether they came, each marked present or absent in place. */
export function InvitationsTable(props: {
  invitations: Invitation[];
  busy: boolean;
  onMark: (invitation: Invitation, attendance: Mark) => void;
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
                <MarkButton
                  invitation={invitation}
                  attendance="attended"
                  busy={props.busy}
                  onMark={props.onMark}
                />
                <Show when={invitation.attendance === 'invited'}>
                  <MarkButton
                    invitation={invitation}
                    attendance="absent"
                    busy={props.busy}
                    onMark={props.onMark}
                  />
                </Show>
              </div>
            </Show>
          ),
        },
      ]}
    />
  );
}
