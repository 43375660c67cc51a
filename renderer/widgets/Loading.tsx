/** A calm loading line, announced politely to screen readers. */
export function Loading({ label = 'Yükleniyor…' }: { readonly label?: string }) {
  return (
    <div role="status" className="loading">
      <span className="loading-dot" aria-hidden="true" />
      {label}
    </div>
  );
}
