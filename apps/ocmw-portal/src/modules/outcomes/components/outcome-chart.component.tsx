import { For, type JSX } from 'solid-js';
import { t } from '../../../portal';
import { ChartFigure } from '../../shared/chart-figure.component';

export interface OutcomeChartRound {
  label: string;
  /** `null` when the round was not taken. */
  tasksOnOwn: number | null;
  confidence: number | null;
}

const ROUND_WIDTH = 150;
const HEIGHT = 180;
const TOP = 24;
const BOTTOM = 40;
const BAR = 40;

/**
 * A client's rounds side by side as inline SVG: per round a bar for the tasks done on one's own (out of
 * the tasks asked) and one for confidence (out of 10); a round not taken reads "not taken". Screen
 * readers get the same figures in the description; the table beside it holds them too.
 */
export function OutcomeChart(props: {
  title: string;
  rounds: OutcomeChartRound[];
  tasksMax: number;
}): JSX.Element {
  const plot = HEIGHT - TOP - BOTTOM;
  const width = () => props.rounds.length * ROUND_WIDTH;
  const barHeight = (value: number, max: number) => (plot * value) / Math.max(1, max);
  const describe = (round: OutcomeChartRound) =>
    round.tasksOnOwn === null
      ? `${round.label}: ${t('outcomes.chart.notTaken')}`
      : `${round.label}: ${t('outcomes.chart.tasks', { count: round.tasksOnOwn, total: props.tasksMax })}, ${t('outcomes.chart.confidence', { value: round.confidence ?? '—' })}`;
  return (
    <ChartFigure
      title={props.title}
      description={props.rounds.map(describe).join('; ')}
      width={width()}
      height={HEIGHT}
      class="outcome-chart"
      after={
        <p class="outcome-chart__legend" aria-hidden="true">
          <span class="outcome-chart__key outcome-chart__key--tasks" /> {t('outcomes.chart.legendTasks')}{' '}
          <span class="outcome-chart__key outcome-chart__key--confidence" />{' '}
          {t('outcomes.chart.legendConfidence')}
        </p>
      }
    >
      <line x1={0} x2={width()} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="outcome-chart__axis" />
      <For each={props.rounds}>
        {(round, index) => {
          const x = () => index() * ROUND_WIDTH + 20;
          return (
            <g>
              {round.tasksOnOwn === null ? (
                <text x={x() + BAR} y={HEIGHT - BOTTOM - 8} class="chart__label" text-anchor="middle">
                  {t('outcomes.chart.notTaken')}
                </text>
              ) : (
                <>
                  <rect
                    x={x()}
                    y={HEIGHT - BOTTOM - barHeight(round.tasksOnOwn, props.tasksMax)}
                    width={BAR}
                    height={barHeight(round.tasksOnOwn, props.tasksMax)}
                    class="outcome-chart__tasks"
                  />
                  <text
                    x={x() + BAR / 2}
                    y={HEIGHT - BOTTOM - barHeight(round.tasksOnOwn, props.tasksMax) - 6}
                    text-anchor="middle"
                    class="chart__value"
                  >
                    {round.tasksOnOwn}
                  </text>
                  <rect
                    x={x() + BAR + 4}
                    y={HEIGHT - BOTTOM - barHeight(round.confidence ?? 0, 10)}
                    width={BAR}
                    height={barHeight(round.confidence ?? 0, 10)}
                    class="outcome-chart__confidence"
                  />
                  <text
                    x={x() + BAR * 1.5 + 4}
                    y={HEIGHT - BOTTOM - barHeight(round.confidence ?? 0, 10) - 6}
                    text-anchor="middle"
                    class="chart__value"
                  >
                    {round.confidence ?? '—'}
                  </text>
                </>
              )}
              <text x={x() + BAR} y={HEIGHT - BOTTOM + 18} text-anchor="middle" class="chart__label">
                {round.label}
              </text>
            </g>
          );
        }}
      </For>
    </ChartFigure>
  );
}
