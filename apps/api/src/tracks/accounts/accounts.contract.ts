import { contract, types } from '../../ground/shared/route-contract';
import type {
  SignInLinkSchema,
  WelfareUserInvitedSchema,
  WelfareUserInviteSchema,
  WelfareUserListSchema,
} from '../../records/users/users.schemas';

type Shapes = {
  list: { answer: typeof WelfareUserListSchema };
  invite: { body: typeof WelfareUserInviteSchema; answer: typeof WelfareUserInvitedSchema };
  link: { answer: typeof SignInLinkSchema };
};

/** The welfare centre's accounts, as its admin manages them. */
export const ACCOUNT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /users',
  invite: 'POST /users',
  disable: 'POST /users/{id}/disable',
  link: 'POST /users/{id}/link',
});
