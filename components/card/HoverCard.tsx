/** The card shown next to a marked name in the page. */
import { CardFrame, type CardFrameEvents } from './CardFrame';
import { EntityCard, type EntityCardProps } from './EntityCard';

export interface HoverCardProps extends EntityCardProps, CardFrameEvents {}

export function HoverCard({ onClose, onPointerEnter, onPointerLeave, shortcutHint, cardRef, ...card }: HoverCardProps) {
  return (
    <CardFrame {...{ onClose, onPointerEnter, onPointerLeave, shortcutHint, cardRef }} labelId="bs-card-label" descriptionId="bs-card-description">
      <EntityCard {...card} labelId="bs-card-label" descriptionId="bs-card-description" />
    </CardFrame>
  );
}
