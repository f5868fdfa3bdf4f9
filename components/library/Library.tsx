export function Library() {
  return (
    <main class="library">
      <h1>Highlights</h1>
      <p role="status">No highlights yet.</p>
    </main>
  );
}
