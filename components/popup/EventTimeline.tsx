/** The page's events on a small SVG time axis, with the article's own date marked. */
import type { EntityRecord } from '@/lib/reading/page';
import { formatDate } from '@/lib/reading/dates';
import { layoutTimeline, type TimelineItem } from '@/lib/reading/timeline';

const WIDTH = 340;
const LANE_HEIGHT = 26;
const TOP = 22;
const AXIS_GAP = 10;
const BOTTOM = 22;

export interface EventTimelineProps {
  events: readonly EntityRecord[];
  articleDay: string;
  onSelect: (id: string) => void;
}

function Item({ item, y, onSelect }: { item: TimelineItem; y: number; onSelect: (id: string) => void }) {
  const name = `${item.label}, ${item.dateText}`;
  const activate = () => onSelect(item.id);
  const width = item.x2 - item.x1;
  return (
    <g
      class="timeline-item"
      role="button"
      tabIndex={0}
      aria-label={`${name}: show on the page`}
      onClick={activate}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate();
        }
      }}
    >
      <title>{name}</title>
      {width >= 3 ? (
        <rect class={item.open ? 'timeline-bar open' : 'timeline-bar'} x={item.x1} y={y - 3} width={width} height={6} rx={3} />
      ) : (
        <circle class="timeline-dot" cx={item.x1} cy={y} r={4} />
      )}
      <text class="timeline-label" x={item.labelX} y={y - 7} text-anchor={item.labelAnchor}>
        {item.label}
      </text>
    </g>
  );
}

export function EventTimeline({ events, articleDay, onSelect }: EventTimelineProps) {
  const dated = events.filter((event) => event.start);
  if (dated.length === 0) return null;
  const layout = layoutTimeline(
    dated.map((event) => ({ id: event.id, label: event.label, start: event.start!, end: event.end })),
    articleDay,
    WIDTH,
  );
  const axisY = TOP + layout.lanes * LANE_HEIGHT + AXIS_GAP;
  const height = axisY + BOTTOM;
  return (
    <figure class="timeline">
      <figcaption class="section-title">Timeline</figcaption>
      <svg
        class="timeline-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="group"
        aria-label={`Events on this page by date; the article is dated ${formatDate(articleDay)}`}
      >
        <line class="timeline-axis" x1={0} x2={WIDTH} y1={axisY} y2={axisY} />
        {layout.ticks.map((tick) => (
          <g key={`${tick.x}-${tick.label}`} aria-hidden="true">
            <line class="timeline-tick" x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 4} />
            <text class="timeline-tick-label" x={tick.x} y={axisY + 15} text-anchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.breaks.map((x) => (
          <path key={x} class="timeline-break" d={`M${x - 4} ${axisY + 5} L${x} ${axisY - 5} M${x} ${axisY + 5} L${x + 4} ${axisY - 5}`} aria-hidden="true" />
        ))}
        <g class="timeline-marker">
          <line x1={layout.marker.x} x2={layout.marker.x} y1={12} y2={axisY} />
          <text x={layout.marker.x} y={9} text-anchor={layout.marker.x > WIDTH - 60 ? 'end' : layout.marker.x < 60 ? 'start' : 'middle'}>
            This article · {formatDate(articleDay)}
          </text>
        </g>
        {layout.items.map((item) => (
          <Item key={item.id} item={item} y={TOP + 10 + item.lane * LANE_HEIGHT} onSelect={onSelect} />
        ))}
      </svg>
    </figure>
  );
}
