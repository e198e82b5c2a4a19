import type { VisitDetailResponse } from '@digipakket/api/contracts';
import { VISIT_ROUTES } from '@digipakket/api/routes';
import { isApiError, type VisitList } from '@digipakket/portal-kit';
import { portal } from '../../portal';

const LIST_CACHE_KEY = 'beego.visits.v1';
const DETAIL_CACHE_KEY = 'beego.visit-details.v1';

/** A list read from the phone's copy because the network was not there. */
export type MaybeCached<T> = T & { cachedAt?: string };

function readCache<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only costs the offline copy; the page still works online.
  }
}

/** Forgets the offline copies of client data, e.g. when the student signs out. */
export function clearVisitCaches() {
  localStorage.removeItem(LIST_CACHE_KEY);
  localStorage.removeItem(DETAIL_CACHE_KEY);
}

/**
 * The student's visits. Each answer is kept on the phone, so in a home without signal the list of
 * today's visits still opens, marked with the time it was fetched.
 */
export async function fetchMyVisits(): Promise<MaybeCached<VisitList>> {
  try {
    const list = await portal.api.call(VISIT_ROUTES.mine);
    writeCache(LIST_CACHE_KEY, { ...list, fetchedAt: new Date().toISOString() });
    return list;
  } catch (error) {
    const cached = readCache<VisitList & { fetchedAt: string }>(LIST_CACHE_KEY);
    if (isApiError(error) && error.status === 0 && cached)
      return { items: cached.items, cachedAt: cached.fetchedAt };
    throw error;
  }
}

/** One visit; offline, the last copy of it or what the cached list knows about it. */
export async function fetchVisit(chequeId: string): Promise<MaybeCached<VisitDetailResponse>> {
  try {
    const detail = await portal.api.call(VISIT_ROUTES.detail, { params: { chequeId } });
    const details = readCache<Record<string, VisitDetailResponse['visit']>>(DETAIL_CACHE_KEY) ?? {};
    details[chequeId] = detail.visit;
    writeCache(DETAIL_CACHE_KEY, details);
    return detail;
  } catch (error) {
    if (!isApiError(error) || error.status !== 0) throw error;
    const cached = readCache<Record<string, VisitDetailResponse['visit']>>(DETAIL_CACHE_KEY)?.[chequeId];
    if (cached) return { visit: cached, cachedAt: new Date().toISOString() };
    const list = readCache<VisitList & { fetchedAt: string }>(LIST_CACHE_KEY);
    const summary = list?.items.find((item) => item.chequeId === chequeId);
    if (!summary) throw error;
    return {
      cachedAt: list!.fetchedAt,
      visit: {
        ...summary,
        // The list holds no client id: offline, the end round (which needs the API anyway) is not offered.
        clientId: '',
        status: 'scheduled',
        validUntil: '',
        tenantName: '',
        studentName: null,
        visit: null,
      },
    };
  }
}
