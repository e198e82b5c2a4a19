import type { WelfareUserList } from '@digipakket/api/contracts';
import { DataTable, ResetFactorsButton } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { i18n, t } from '../../../portal';

type WelfareUser = WelfareUserList['items'][number];

/** The welfare centre's colleagues, each active account with a new link, a second-factor reset and disabling. */
export function UsersTable(props: {
  users: WelfareUser[];
  linkBusy: boolean;
  onNewLink: (user: WelfareUser) => void;
  onDisable: (user: WelfareUser) => void;
}) {
  return (
    <DataTable
      caption={t('admin.users.title')}
      captionHidden
      rows={props.users}
      columns={[
        { header: t('admin.users.name'), rowHeader: true, cell: (user) => user.displayName },
        { header: t('admin.users.email'), cell: (user) => user.email },
        { header: t('admin.users.role'), cell: (user) => i18n.t(`role.${user.role}` as 'role.admin') },
        {
          header: t('admin.users.state'),
          cell: (user) => (user.active ? t('admin.users.active') : t('admin.users.inactive')),
        },
        {
          header: t('admin.users.actions'),
          cell: (user) => (
            <Show when={user.active}>
              <button
                type="button"
                class="button button--secondary button--compact"
                aria-label={t('admin.users.newLink', { name: user.displayName })}
                disabled={props.linkBusy}
                onClick={() => props.onNewLink(user)}
              >
                {t('signInLink.new')}
              </button>{' '}
              <ResetFactorsButton
                userId={user.id}
                name={user.displayName}
                class="button button--secondary button--compact"
              />{' '}
              <button
                type="button"
                class="button button--secondary button--compact"
                aria-label={t('admin.users.disableFor', { name: user.displayName })}
                onClick={() => props.onDisable(user)}
              >
                {t('admin.users.disable')}
              </button>
            </Show>
          ),
        },
      ]}
    />
  );
}
