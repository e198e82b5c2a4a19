import type { ClientOverview } from '@digipakket/api/contracts';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { codeText, Facts, Section } from './track-parts.component';

/** The intake track: the decision, level, purposes, wave and package, and why rules were overridden. */
export function IntakeTrack(props: { overview: ClientOverview }) {
  const intake = () => props.overview.intake;
  return (
    <Section
      id="track-intake"
      title={t('client.intake.title')}
      actions={
        <Show when={!props.overview.device}>
          <A
            href={`/clients/${props.overview.client.id}/intake`}
            class="button button--secondary button--compact"
          >
            {intake() ? t('client.intake.continue') : t('client.intake.start')}
          </A>
        </Show>
      }
    >
      <Show when={intake()} fallback={<p>{t('client.intake.none')}</p>}>
        {(current) => (
          <>
            <Facts
              items={[
                [t('client.intake.decision'), t(`intake.decision.${current().decision}` as OcmwKey)],
                [
                  t('client.intake.level'),
                  current().skillLevel ? t(`level.${current().skillLevel}` as OcmwKey) : '—',
                ],
                [
                  t('client.intake.purposes'),
                  current()
                    .purposes.map((purpose) => t(`purpose.${purpose}` as OcmwKey))
                    .join(', ') || '—',
                ],
                [t('client.intake.wave'), current().waveName ?? '—'],
                [
                  t('client.intake.package'),
                  current().package
                    ? [
                        t('package.laptop'),
                        current().package!.cheques > 0
                          ? t('package.cheques', { count: current().package!.cheques })
                          : '',
                        current().package!.basicCourse ? t('package.basicCourse') : '',
                        current().package!.digibuddy ? t('package.digibuddy') : '',
                        current().package!.infoSession ? t('package.infoSession') : '',
                      ]
                        .filter(Boolean)
                        .join(', ')
                    : '—',
                ],
              ]}
            />
            <Show when={current().reasons.length > 0}>
              <p>{t('client.intake.failedRules')}</p>
              <ul>
                <For each={current().reasons}>{(code) => <li>{codeText('reason', code)}</li>}</For>
              </ul>
            </Show>
            <Show when={current().overrideReason}>
              <div class="notice notice--override" role="note">
                <strong>{t('client.intake.override')}</strong> {current().overrideReason}
              </div>
            </Show>
            <Show when={current().packageChangeReason}>
              <p>
                <strong>{t('client.intake.packageChanged')}</strong> {current().packageChangeReason}
              </p>
            </Show>
          </>
        )}
      </Show>
    </Section>
  );
}
