import { createResource } from 'solid-js';
import {
  fetchBranding,
  fetchCurrentSettings,
  fetchDigipuntenCount,
  fetchPartners,
  fetchUsers,
} from './admin.services';
import { fetchSignInSettings } from './admin.sign-in.services';

/** The details on the welfare centre's documents, for the Beheer page. */
export function createBrandingQuery() {
  return createResource(fetchBranding);
}

/** The current programme with its settings, or none before there is a programme. */
export function createSettingsQuery() {
  return createResource(fetchCurrentSettings);
}

/** The welfare centre's colleagues and their accounts. */
export function createUsersQuery() {
  return createResource(fetchUsers);
}

/** The partner organisations a programme can be started with. */
export function createPartnersQuery() {
  return createResource(fetchPartners);
}

/** How many Digipunten the directory holds, as `{ total }`. */
export function createDigipuntenCountQuery() {
  return createResource(async () => ({ total: await fetchDigipuntenCount() }));
}

/** The welfare centre's sign-in service settings. */
export function createSignInSettingsQuery() {
  return createResource(fetchSignInSettings);
}
