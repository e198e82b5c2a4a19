import { SignInLinkSchema } from './users.schemas';

/**
 * The route every feature that manages accounts declares alike: a new sign-in link for one of its
 * accounts (a teacher, a student, a colleague), shown once, the earlier unused links no longer working.
 * `after` adds to what the new link does, `notFound` says which accounts answer 404 and with what code.
 */
export function newSignInLinkRoute({
  who,
  after = '',
  notFound,
}: {
  who: string;
  after?: string;
  notFound: string;
}) {
  return {
    summary: `A new sign-in link for a ${who}, shown once`,
    description: `To invite again or to hand over in person when a ${who} forgot their password: the earlier unused links stop working${after}. ${notFound}`,
    answer: [201, SignInLinkSchema, 'The link, shown this once.'],
    errors: [404],
  } as const;
}
