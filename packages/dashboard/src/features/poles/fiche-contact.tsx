import { graphql } from '../../graphql/generated';
import type { FicheContact_PoleFragment } from '../../graphql/generated/graphql';
import { FicheField, type SourcesParChamp } from './fiche-field';

export const FICHE_CONTACT_FRAGMENT = graphql(`
  fragment FicheContact_pole on Pole {
    contact
    adresse
    siteWeb
    communeSiege {
      code
      nom
    }
  }
`);

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

export function FicheContact({ pole, sources }: { pole: FicheContact_PoleFragment; sources: SourcesParChamp }) {
  return (
    <section className="fiche-section" aria-labelledby="fiche-contact">
      <h2 id="fiche-contact">Contact</h2>
      <dl>
        <FicheField label="Contact" value={pole.contact} source={sources.get('contact')} />
        <FicheField label="Adresse" value={pole.adresse} source={sources.get('adresse')} />
        <FicheField label="Commune siège" value={pole.communeSiege ? `${pole.communeSiege.nom} (${pole.communeSiege.code})` : null} />
        <FicheField label="Site internet" source={sources.get('siteWeb')} value={pole.siteWeb}>
          {pole.siteWeb && isHttpUrl(pole.siteWeb) ? (
            <a href={pole.siteWeb} rel="noopener noreferrer" target="_blank">
              {pole.siteWeb}
            </a>
          ) : undefined}
        </FicheField>
      </dl>
    </section>
  );
}
