import { route, types } from '../../ground/shared/route-contract';
import type {
  SignInLinkSchema,
  WelfareUserInvitedSchema,
  WelfareUserInviteSchema,
  WelfareUserListSchema,
} from '../../records/users/users.schemas';

/** The welfare centre's accounts, as its admin manages them. */
export const ACCOUNT_ROUTES = {
  list: route('GET', '/users', types<{ answer: typeof WelfareUserListSchema }>()),
  invite: route(
    'POST',
    '/users',
    types<{ body: typeof WelfareUserInviteSchema; answer: typeof WelfareUserInvitedSchema }>(),
  ),
  disable: route('POST', '/users/{id}/disable'),
  link: route('POST', '/users/{id}/link', types<{ answer: typeof SignInLinkSchema }>()),
};
