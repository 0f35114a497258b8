import { graphql } from '../../graphql/generated';
import type { FicheActions_PoleFragment, FicheBilan_PoleFragment } from '../../graphql/generated/graphql';
import { FicheField, type SourcesParChamp } from './fiche-field';

export const FICHE_ACTIONS_FRAGMENT = graphql(`
  fragment FicheActions_pole on Pole {
    objectifs
    realisations
    projets
  }
  fragment FicheBilan_pole on Pole {
    pointsForts
    pointsFaibles
    remarques
    enjeux
  }
`);

export function FicheActions({ pole, sources }: { pole: FicheActions_PoleFragment; sources: SourcesParChamp }) {
  return (
    <section className="fiche-section" aria-labelledby="fiche-actions">
      <h2 id="fiche-actions">Actions</h2>
      <dl>
        <FicheField label="Objectifs" value={pole.objectifs} source={sources.get('objectifs')} />
        <FicheField label="Réalisations" value={pole.realisations} source={sources.get('realisations')} />
        <FicheField label="En projet" value={pole.projets} source={sources.get('projets')} />
      </dl>
    </section>
  );
}

export function FicheBilan({ pole, sources }: { pole: FicheBilan_PoleFragment; sources: SourcesParChamp }) {
  return (
    <section className="fiche-section" aria-labelledby="fiche-bilan">
      <h2 id="fiche-bilan">Bilan</h2>
      <dl>
        <FicheField label="Points forts" value={pole.pointsForts} source={sources.get('pointsForts')} />
        <FicheField label="Points faibles" value={pole.pointsFaibles} source={sources.get('pointsFaibles')} />
        <FicheField label="Remarques" value={pole.remarques} source={sources.get('remarques')} />
        <FicheField label="Enjeux pour l’avenir" value={pole.enjeux} source={sources.get('enjeux')} />
      </dl>
    </section>
  );
}
