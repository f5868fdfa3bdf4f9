/** Where a card's entity comes from when it is not the bundled KB: the reader's KB pack, by name. */
export function PackLine({ pack }: { pack: string | undefined }) {
  if (!pack) return null;
  return <p class="bs-pack">From pack: {pack}</p>;
}
