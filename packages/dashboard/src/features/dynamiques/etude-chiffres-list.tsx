import { formatNombre } from '@poles-ess/shared';
import type { DynamiquesPageQuery } from '../../graphql/generated/graphql';
import '../../ui/table/data-table.css';

type Chiffre = DynamiquesPageQuery['chiffresEtude'][number];

// Tous les chiffres de l'étude, tels quels, avec leur note et leur source.
export function EtudeChiffresList({ chiffres }: { chiffres: readonly Chiffre[] }) {
  const sources = [...new Set(chiffres.map((c) => c.source))];
  return (
    <section aria-labelledby="etude-chiffres">
      <h2 id="etude-chiffres">Tous les chiffres de l’étude</h2>
      <div className="data-table-wrapper">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Indicateur</th>
              <th scope="col">Périmètre</th>
              <th scope="col" className="numeric">Valeur</th>
              <th scope="col">Unité</th>
              <th scope="col">Note de l’étude</th>
            </tr>
          </thead>
          <tbody>
            {chiffres.map((chiffre) => (
              <tr key={`${chiffre.indicateur}-${chiffre.perimetre}`}>
                <th scope="row">{chiffre.indicateur}</th>
                <td>{chiffre.perimetre}</td>
                <td className="numeric">{formatNombre(chiffre.valeur)}</td>
                <td>{chiffre.unite}</td>
                <td>{chiffre.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="source-note">Source : {sources.join(' ; ') || 'non renseignée'}.</p>
    </section>
  );
}
