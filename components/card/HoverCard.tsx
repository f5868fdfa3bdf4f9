/** The card shown next to a marked name in the page: a non-modal dialog screen readers announce. */
import type { Ref } from 'preact';
import { EntityCard, type EntityCardProps } from './EntityCard';

export interface HoverCardProps extends EntityCardProps {
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** The shortcut that moves through the page's names, shown as a hint. */
  shortcutHint?: string;
  cardRef?: Ref<HTMLDivElement>;
}

export function HoverCard({ onClose, onPointerEnter, onPointerLeave, shortcutHint, cardRef, ...card }: HoverCardProps) {
  return (
    <div
      ref={cardRef}
      class="bs-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-card-label"
      aria-describedby="bs-card-description"
      tabIndex={-1}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button type="button" class="bs-close" aria-label="Close card" title="Close (Esc)" onClick={onClose}>
        ×
      </button>
      <EntityCard {...card} labelId="bs-card-label" descriptionId="bs-card-description" />
      {shortcutHint && <p class="bs-hint">{shortcutHint}</p>}
    </div>
  );
}
