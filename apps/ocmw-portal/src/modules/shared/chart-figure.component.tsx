import { createUniqueId, type JSX } from 'solid-js';

/**
 * A chart drawn as inline SVG inside a captioned figure. Screen readers get the drawing as one image
 * named by the caption and described by `description`, the figures in words; what is drawn comes as
 * `children`, and what follows the drawing (a table, a legend) as `after`.
 */
export function ChartFigure(props: {
  title: string;
  description: string;
  width: number;
  height: number;
  class?: string;
  children: JSX.Element;
  after?: JSX.Element;
}): JSX.Element {
  const titleId = createUniqueId();
  const descId = createUniqueId();
  return (
    <figure class={props.class ? `chart ${props.class}` : 'chart'}>
      <figcaption id={titleId} class="chart__title">
        {props.title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${props.width} ${props.height}`}
        width="100%"
        class="chart__svg"
      >
        <title>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        {props.children}
      </svg>
      {props.after}
    </figure>
  );
}
