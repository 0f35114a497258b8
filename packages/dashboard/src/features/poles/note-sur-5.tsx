import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';

// « 3/5 » avec des pastilles ; le nombre est aussi écrit, pour les lecteurs d'écran et l'impression.
export function NoteSur5({ value, label }: { value: number | null | undefined; label: string }) {
  if (value === null || value === undefined) return <ValeurOuInconnu value={null} />;
  return (
    <span className="note-sur-5" role="img" aria-label={`${label} : ${value} sur 5`}>
      {[1, 2, 3, 4, 5].map((rank) => (
        <span key={rank} aria-hidden="true" className={rank <= value ? 'pastille pleine' : 'pastille'} />
      ))}
      <span aria-hidden="true"> {value}/5</span>
    </span>
  );
}
