/** The frame shared by the in-page cards: a non-modal dialog that screen readers announce. */
import type { ComponentChildren, Ref } from 'preact';

export interface CardFrameEvents {
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** The shortcut that moves through the page's marks, shown as a hint. */
  shortcutHint?: string;
  cardRef?: Ref<HTMLDivElement>;
}

export function CardFrame({
  onClose,
  onPointerEnter,
  onPointerLeave,
  shortcutHint,
  cardRef,
  labelId,
  descriptionId,
  children,
}: CardFrameEvents & { labelId: string; descriptionId: string; children: ComponentChildren }) {
  return (
    <div
      ref={cardRef}
      class="bs-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button type="button" class="bs-close" aria-label="Close card" title="Close (Esc)" onClick={onClose}>
        ×
      </button>
      {children}
      {shortcutHint && <p class="bs-hint">{shortcutHint}</p>}
    </div>
  );
}
