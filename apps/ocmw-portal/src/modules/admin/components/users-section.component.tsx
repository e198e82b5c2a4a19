import { createAction, createShownSignInLink, Loaded, usePortal } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { t } from '../../../portal';
import { createUsersQuery } from '../admin.queries';
import { disableUser, issueUserLink } from '../admin.services';
import { InviteUserForm } from './invite-user-form.component';
import { UsersTable } from './users-table.component';

/** The colleagues' accounts: the list, an invitation, a new sign-in link (shown once) and disabling. */
export function UsersSection() {
  const { status } = usePortal();
  const [users, { refetch }] = createUsersQuery();
  const { show, Notice: LinkNotice } = createShownSignInLink({ titleId: 'sign-in-link-title' });
  const [failure, setFailure] = createSignal<unknown>();

  const linking = createAction({
    run: (user: { userId: string; displayName: string }) => issueUserLink(user),
    onSuccess: (link, { displayName }) =>
      show({ link, name: displayName, title: t('admin.users.newLink', { name: displayName }) }),
    onError: (error) => setFailure(error),
  });

  const disabling = createAction({
    run: (user: { userId: string; displayName: string }) => disableUser(user),
    onSuccess: (_none, { displayName }) => status.announce(t('admin.users.disabled', { name: displayName })),
    refetch,
    onError: (error) => {
      status.announce(t('admin.users.disableFailed'), 'error');
      setFailure(error);
    },
  });
  const disable = (userId: string, displayName: string) => {
    if (!window.confirm(t('admin.users.confirmDisable', { name: displayName }))) return;
    void disabling.run({ userId, displayName });
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users.title')}</h2>
      <Loaded resource={users} retry={refetch}>
        {(list) => (
          <UsersTable
            users={list().items}
            linkBusy={linking.busy()}
            onNewLink={(user) => void linking.run({ userId: user.id, displayName: user.displayName })}
            onDisable={(user) => disable(user.id, user.displayName)}
          />
        )}
      </Loaded>
      <InviteUserForm
        failure={failure()}
        onFailure={setFailure}
        refetch={refetch}
        onInvited={(result) =>
          show({
            link: result.link,
            name: result.user.displayName,
            title: t('admin.users.invited', { name: result.user.displayName, email: result.user.email }),
          })
        }
      />
      <LinkNotice />
    </section>
  );
}
