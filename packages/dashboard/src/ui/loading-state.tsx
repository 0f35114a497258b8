export function LoadingState({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="loading-state">
      {label}
    </p>
  );
}
