export function ErrorState({ message }: { message?: string }) {
  return (
    <p role="alert" className="error-state">
      {message ?? 'Les données n’ont pas pu être chargées. Réessayez dans un instant.'}
    </p>
  );
}
