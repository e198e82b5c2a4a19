import { ColumnsTable } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createSignal, createUniqueId, For, type JSX, Show } from 'solid-js';
import { t } from '../../../portal';
import { ChartFigure } from '../../shared/chart-figure.component';

export interface BarRow {
  label: string;
  value: number;
  /** The clients behind the figure. */
  href?: string | undefined;
}

const WIDTH = 640;
const VALUE_WIDTH = 60;
const ROW_HEIGHT = 48;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 20;

/**
 * A horizontal bar chart drawn as inline SVG. Screen readers get the chart as one image whose
 * description lists every figure; a button shows the same figures as a table, each one a link to the
 * clients behind it when there is such a list.
 */
export function BarChart(props: {
  title: string;
  rows: BarRow[];
  /** Bars are drawn against this value (e.g. the first step of a funnel); default the largest. */
  max?: number;
  tableOpen?: boolean;
  valueHeader: string;
  format?: (value: number) => string;
}): JSX.Element {
  const tableId = createUniqueId();
  const [open, setOpen] = createSignal(props.tableOpen ?? false);
  const format = (value: number) => (props.format ? props.format(value) : String(value));
  const max = () => Math.max(1, props.max ?? Math.max(0, ...props.rows.map((row) => row.value)));
  const barWidth = (value: number) => ((WIDTH - VALUE_WIDTH) * value) / max();
  const height = () => Math.max(1, props.rows.length) * ROW_HEIGHT + 8;

  return (
    <ChartFigure
      title={props.title}
      description={props.rows.map((row) => `${row.label}: ${format(row.value)}`).join('; ')}
      width={WIDTH}
      height={height()}
      after={
        <>
          <button
            type="button"
            class="button button--secondary button--compact"
            aria-expanded={open() ? 'true' : 'false'}
            aria-controls={tableId}
            onClick={() => setOpen(!open())}
          >
            {open() ? t('dashboard.table.hide') : t('dashboard.table.show')}
          </button>
          <div id={tableId} hidden={!open()}>
            <FiguresTable
              rows={props.rows}
              title={props.title}
              valueHeader={props.valueHeader}
              format={format}
            />
          </div>
        </>
      }
    >
      <For each={props.rows}>
        {(row, index) => {
          const y = () => index() * ROW_HEIGHT + 4;
          return (
            <g>
              <text x={0} y={y() + 14} class="chart__label">
                {row.label}
              </text>
              <rect
                x={0}
                y={y() + LABEL_HEIGHT}
                width={Math.max(row.value > 0 ? 2 : 0, barWidth(row.value))}
                height={BAR_HEIGHT}
                rx="3"
                class="chart__bar"
              />
              <text
                x={barWidth(row.value) + 6}
                y={y() + LABEL_HEIGHT + BAR_HEIGHT / 2 + 5}
                class="chart__value"
              >
                {format(row.value)}
              </text>
            </g>
          );
        }}
      </For>
    </ChartFigure>
  );
}

/** The chart's figures as a table, each one a link to the clients behind it when there is such a list. */
function FiguresTable(props: {
  rows: BarRow[];
  title: string;
  valueHeader: string;
  format: (value: number) => string;
}): JSX.Element {
  return (
    <ColumnsTable
      class="chart__table"
      caption={props.title}
      captionHidden
      rows={props.rows}
      columns={[
        { header: t('dashboard.table.label'), rowHeader: true, cell: (row) => row.label },
        {
          header: props.valueHeader,
          class: 'numeric',
          cell: (row) => (
            <Show when={row.href} fallback={props.format(row.value)}>
              {(href) => (
                <A
                  href={href()}
                  aria-label={t('dashboard.clientsBehind', {
                    label: row.label,
                    value: props.format(row.value),
                  })}
                >
                  {props.format(row.value)}
                </A>
              )}
            </Show>
          ),
        },
      ]}
    />
  );
}
