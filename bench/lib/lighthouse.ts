import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, desktopConfig, type Flags, type Result } from 'lighthouse';
import { median } from './load';
import type { Figure } from './results';

/** The scores QUALITY.md holds each portal's main page to (0-100). */
export const LIGHTHOUSE_BARS = { performance: 95, accessibility: 95 } as const;

/**
 * How each portal's users hold their device (PRODUCT.md): social workers at a desk, home-help
 * students on a phone, teachers on a tablet in the classroom.
 */
export type DeviceKind = 'desktop' | 'phone' | 'tablet';

export type LighthousePage = {
  /** A name for the figures, e.g. `ocmw`. */
  portal: string;
  /** Path on `baseUrl`, e.g. `/ocmw/`: the main page the portal opens on after login. */
  path: string;
  /**
   * `Cookie` header of a logged-in user (as bench/run.ts `login()` returns it); every request sends
   * it. Without it the page is measured as a visitor who is not signed in sees it (the login page).
   */
  cookie?: string;
  device: DeviceKind;
};

export type LighthouseFigures = {
  portal: string;
  device: DeviceKind;
  url: string;
  /** Where the page ended up after the portal's own redirect to the role's home. */
  finalUrl: string;
  /** Runs that gave a result. */
  runs: number;
  /** Why the page could not be measured (fully); the figures then hold the runs that did finish. */
  error?: string;
  /** Medians over the runs, 0-100 (NaN without any run). */
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  performanceRuns: number[];
  accessibilityRuns: number[];
  /** Medians over the runs; CLS has no unit, the rest are milliseconds. */
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /**
   * Audits that failed in at least one run: id, its category, in how many runs it failed, and what
   * Lighthouse said of it in the last run that failed it (e.g. "Est savings of 40 KiB").
   */
  failingAudits: FailingAudit[];
  /**
   * Lighthouse's CPU benchmark of this machine at each run: a run far below the others ran on a busy
   * CPU, which the median leaves out.
   */
  benchmarkIndexRuns: number[];
};

export type FailingAudit = {
  id: string;
  category: string;
  failedRuns: number;
  title: string;
  displayValue: string;
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Lighthouse reports an audit as passed from 0.9 up; below that it lists it as an opportunity or failure.
const PASS_THRESHOLD = 0.9;

// Lighthouse's default mobile settings emulate a Moto G Power on slow 4G with a 4x slower CPU. A
// tablet keeps that network and CPU (classroom wifi and budget tablets) on a tablet-sized screen.
const TABLET_SCREEN = { mobile: true, width: 820, height: 1180, deviceScaleFactor: 2, disabled: false };

function settingsFor(device: DeviceKind): { flags: Flags; config: Config | undefined } {
  if (device === 'desktop') return { flags: {}, config: desktopConfig };
  if (device === 'tablet')
    return { flags: { formFactor: 'mobile', screenEmulation: TABLET_SCREEN }, config: undefined };
  return { flags: { formFactor: 'mobile' }, config: undefined };
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

function failedAudits(lhr: Result) {
  const failed: Omit<FailingAudit, 'failedRuns'>[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
      if (audit.scoreDisplayMode === 'manual') continue;
      if (audit.score < PASS_THRESHOLD)
        failed.push({ id: ref.id, category, title: audit.title, displayValue: audit.displayValue ?? '' });
    }
  }
  return failed;
}

/**
 * Asks for a page and the scripts and styles it names once before measuring, as a browser would, so
 * the server has compressed them already: the measured runs then see a server that has served anyone
 * before, not its first request after a start.
 */
async function warmUp({ url, cookie }: { url: string; cookie: string | undefined }) {
  const headers: Record<string, string> = { 'accept-encoding': 'br, gzip' };
  if (cookie) headers.cookie = cookie;
  const html = await (await fetch(url, { headers })).text();
  const assets = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
    (match) => new URL(match[1]!, url).href,
  );
  await Promise.all(assets.map(async (asset) => (await fetch(asset, { headers })).arrayBuffer()));
}

function summarise({
  page,
  url,
  results,
}: {
  page: LighthousePage;
  url: string;
  results: Result[];
}): LighthouseFigures {
  const medianOf = (pick: (lhr: Result) => number) => median(results.map(pick));
  const failures = new Map<string, FailingAudit>();
  for (const lhr of results) {
    for (const audit of failedAudits(lhr)) {
      const key = `${audit.category}:${audit.id}`;
      const seen = failures.get(key);
      failures.set(key, { ...audit, failedRuns: (seen?.failedRuns ?? 0) + 1 });
    }
  }
  return {
    portal: page.portal,
    device: page.device,
    url,
    finalUrl: results.at(-1)?.finalDisplayedUrl ?? url,
    runs: results.length,
    scores: {
      performance: medianOf((lhr) => score(lhr, 'performance')),
      accessibility: medianOf((lhr) => score(lhr, 'accessibility')),
      bestPractices: medianOf((lhr) => score(lhr, 'best-practices')),
      seo: medianOf((lhr) => score(lhr, 'seo')),
    },
    performanceRuns: results.map((lhr) => score(lhr, 'performance')),
    accessibilityRuns: results.map((lhr) => score(lhr, 'accessibility')),
    metrics: {
      fcpMs: medianOf((lhr) => metric(lhr, 'first-contentful-paint')),
      lcpMs: medianOf((lhr) => metric(lhr, 'largest-contentful-paint')),
      tbtMs: medianOf((lhr) => metric(lhr, 'total-blocking-time')),
      cls: medianOf((lhr) => metric(lhr, 'cumulative-layout-shift')),
      speedIndexMs: medianOf((lhr) => metric(lhr, 'speed-index')),
    },
    failingAudits: [...failures.values()],
    benchmarkIndexRuns: results.map((lhr) => Math.round(lhr.environment.benchmarkIndex)),
  };
}

/** The version of the Chromium at `chromePath`, e.g. `Chromium 156.0.8078.108 built on Debian…`. */
export function chromiumVersion({ chromePath = '/usr/bin/chromium' }: { chromePath?: string } = {}) {
  try {
    return execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Runs Lighthouse (performance, accessibility, best practices, SEO) `runs` times on each page, in a
 * headless Chromium it starts and always stops, and returns per page the median scores and metrics and
 * the audits that failed. Pages are measured one after another, each run with a cleared cache and
 * storage, so a page is measured as a first visit after login.
 */
export async function measureLighthouse({
  baseUrl,
  pages,
  runs = 3,
  chromePath = '/usr/bin/chromium',
  reportDir,
  onRun,
}: {
  baseUrl: string;
  pages: LighthousePage[];
  runs?: number;
  chromePath?: string;
  /** When set, each run's full Lighthouse result is written there as `<portal>-<run>.report.json`. */
  reportDir?: string;
  onRun?: (progress: {
    portal: string;
    run: number;
    runs: number;
    performance: number;
    accessibility: number;
  }) => void;
}): Promise<{ pages: LighthouseFigures[]; lighthouseVersion: string; chromium: string }> {
  if (!existsSync(chromePath)) {
    // Without Chromium the other figures of the benchmark still count; these say what is missing.
    return {
      pages: pages.map((page) => ({
        ...summarise({ page, url: new URL(page.path, baseUrl).href, results: [] }),
        error: `no Chromium at ${chromePath} (Debian: apt-get install chromium; pnpm test:all installs it)`,
      })),
      lighthouseVersion: 'not run',
      chromium: 'missing',
    };
  }
  const chrome = await launch({
    chromePath,
    // Root cannot use Chromium's sandbox; /dev/shm is big enough here, but small in containers.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
    // Chromium runs in its own process group, so it would outlive this process: it is killed on any
    // exit instead, also when the caller's own signal handler exits (chrome-launcher's would exit
    // before the caller had stopped its servers).
    handleSIGINT: false,
  });
  const killChrome = () => chrome.kill();
  process.once('exit', killChrome);
  let lighthouseVersion = 'unknown';
  try {
    const figures: LighthouseFigures[] = [];
    for (const page of pages) {
      const url = new URL(page.path, baseUrl).href;
      const { flags, config } = settingsFor(page.device);
      const results: Result[] = [];
      try {
        await warmUp({ url, cookie: page.cookie });
        for (let run = 1; run <= runs; run += 1) {
          const answer = await lighthouse(
            url,
            {
              ...flags,
              port: chrome.port,
              logLevel: 'error',
              output: 'json',
              onlyCategories: [...CATEGORIES],
              extraHeaders: page.cookie ? { Cookie: page.cookie } : null,
            },
            config,
          );
          const lhr = answer?.lhr;
          if (!lhr) throw new Error('Lighthouse gave no result');
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          lighthouseVersion = lhr.lighthouseVersion;
          results.push(lhr);
          if (reportDir) {
            mkdirSync(reportDir, { recursive: true });
            writeFileSync(join(reportDir, `${page.portal}-${run}.report.json`), JSON.stringify(lhr));
          }
          onRun?.({
            portal: page.portal,
            run,
            runs,
            performance: score(lhr, 'performance'),
            accessibility: score(lhr, 'accessibility'),
          });
        }
        figures.push(summarise({ page, url, results }));
      } catch (error) {
        // One page that cannot be measured must not cost the figures of the others.
        figures.push({
          ...summarise({ page, url, results }),
          error: `Lighthouse on ${url}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    return { pages: figures, lighthouseVersion, chromium: chromiumVersion({ chromePath }) };
  } finally {
    process.off('exit', killChrome);
    chrome.kill();
  }
}

const PORTAL_PAGES = [
  { portal: 'ocmw', path: '/ocmw/', device: 'desktop' },
  { portal: 'beego', path: '/beego/', device: 'phone' },
  { portal: 'ligo', path: '/ligo/', device: 'tablet' },
] as const satisfies readonly LighthousePage[];

/**
 * The main page of each portal as its everyday user opens it after login, given their session
 * cookies: a social worker (ocmw, desktop), a home-help student (beego, phone), a teacher (ligo, tablet).
 */
export function portalMainPages({
  cookies,
}: {
  cookies: Record<(typeof PORTAL_PAGES)[number]['portal'], string>;
}): LighthousePage[] {
  return PORTAL_PAGES.map((page) => ({ ...page, cookie: cookies[page.portal] }));
}

/** Each portal's login page, as a visitor who is not signed in sees it, on the same devices. */
export function portalLoginPages(): LighthousePage[] {
  return PORTAL_PAGES.map((page) => ({ ...page, portal: `${page.portal} login` }));
}

/** The figures of `measureLighthouse` as benchmark figures (bench/lib/results.ts), with their bars. */
export function lighthouseFigures({ pages }: { pages: LighthouseFigures[] }): Figure[] {
  return pages.flatMap((page): Figure[] => {
    if (page.runs === 0) {
      return ['performance', 'accessibility'].map((category) => ({
        name: `${page.portal} Lighthouse ${category} (${page.device})`,
        value: null,
        unit: '',
        bar: `>= ${LIGHTHOUSE_BARS[category as keyof typeof LIGHTHOUSE_BARS]}`,
        ok: false,
        note: page.error ?? 'not measured',
      }));
    }
    const failing = (category: string) =>
      page.failingAudits.filter((audit) => audit.category === category).map((audit) => audit.id);
    const m = page.metrics;
    const accessibilityFailing = failing('accessibility');
    return [
      {
        name: `${page.portal} Lighthouse performance (${page.device}, median of ${page.runs})`,
        value: page.scores.performance,
        unit: '',
        digits: 0,
        bar: `>= ${LIGHTHOUSE_BARS.performance}`,
        ok: page.scores.performance >= LIGHTHOUSE_BARS.performance,
        note: `FCP ${Math.round(m.fcpMs)} ms, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}; runs ${page.performanceRuns.join('/')}; CPU index ${page.benchmarkIndexRuns.join('/')}${page.error ? `; ${page.error}` : ''}`,
      },
      {
        name: `${page.portal} Lighthouse accessibility (${page.device})`,
        value: page.scores.accessibility,
        unit: '',
        digits: 0,
        bar: `>= ${LIGHTHOUSE_BARS.accessibility}`,
        ok: page.scores.accessibility >= LIGHTHOUSE_BARS.accessibility,
        note:
          accessibilityFailing.length > 0
            ? `failing: ${accessibilityFailing.join(', ')}`
            : `no failing audit; runs ${page.accessibilityRuns.join('/')}`,
      },
    ];
  });
}
