import { graphql } from '../../graphql/generated';
import type { FicheDocuments_PoleFragment } from '../../graphql/generated/graphql';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';

export const FICHE_DOCUMENTS_FRAGMENT = graphql(`
  fragment FicheDocuments_pole on Pole {
    documents {
      nom
      lien
    }
    monographie
    descriptionMonographie
  }
`);

export function FicheDocuments({ pole }: { pole: FicheDocuments_PoleFragment }) {
  return (
    <section className="fiche-section" aria-labelledby="fiche-documents">
      <h2 id="fiche-documents">Documents joints</h2>
      {pole.documents.length === 0 ? (
        <p>
          <ValeurOuInconnu value={null} />
        </p>
      ) : (
        <ul>
          {pole.documents.map((document) => (
            <li key={`${document.nom}-${document.lien ?? ''}`}>
              {document.lien && /^https?:\/\//i.test(document.lien) ? (
                <a href={document.lien} rel="noopener noreferrer" target="_blank">
                  {document.nom}
                </a>
              ) : (
                document.nom
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        Monographie de l’étude :{' '}
        {pole.monographie ? `oui${pole.descriptionMonographie ? ` — ${pole.descriptionMonographie}` : ''}` : 'non'}
      </p>
    </section>
  );
}
