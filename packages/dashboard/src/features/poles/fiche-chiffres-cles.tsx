import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { FicheChiffresCles_PoleFragment } from '../../graphql/generated/graphql';
import { SourceLien } from '../../ui/table/source-lien';

export const FICHE_CHIFFRES_CLES_FRAGMENT = graphql(`
  fragment FicheChiffresCles_territoire on Territoire {
    code
    nom
    niveau
    emploiEssFiche {
      texte
      texteFamilles
      texteSource
      emploi {
        source {
          url
        }
      }
    }
  }
  fragment FicheChiffresCles_pole on Pole {
    territoireAction {
      libelle
      territoire {
        ...FicheChiffresCles_territoire
      }
    }
    region: territoire(niveau: REGION) {
      ...FicheChiffresCles_territoire
    }
  }
`);

type TerritoireChiffres = NonNullable<FicheChiffresCles_PoleFragment['region']>;

function ChiffresTerritoire({ territoire }: { territoire: TerritoireChiffres }) {
  return (
    <div className="fiche-chiffres">
      <h3>
        {territoire.nom} <span className="hint">({NIVEAU_TERRITORIAL_LABELS[territoire.niveau]})</span>
      </h3>
      {territoire.emploiEssFiche ? (
        <>
          <p>{territoire.emploiEssFiche.texte}</p>
          {territoire.emploiEssFiche.texteFamilles ? <p>{territoire.emploiEssFiche.texteFamilles}</p> : null}
          <p className="fiche-source">
            <SourceLien titre={territoire.emploiEssFiche.texteSource} url={territoire.emploiEssFiche.emploi.source.url} />
          </p>
        </>
      ) : (
        <p className="non-renseigne">Emploi dans l’ESS non renseigné pour ce territoire.</p>
      )}
    </div>
  );
}

// La fiche de l'étude donne l'emploi ESS de la région ; on montre aussi celui du territoire d'action quand il est officiel.
export function FicheChiffresCles({ pole }: { pole: FicheChiffresCles_PoleFragment }) {
  const action = pole.territoireAction?.territoire ?? null;
  const territoires = [action, pole.region].filter((t, index, all): t is TerritoireChiffres =>
    Boolean(t) && all.findIndex((other) => other?.niveau === t?.niveau && other?.code === t?.code) === index,
  );
  return (
    <section className="fiche-section" aria-labelledby="fiche-chiffres">
      <h2 id="fiche-chiffres">Chiffres clés du territoire</h2>
      {territoires.length === 0 ? <p className="non-renseigne">Territoire non rattaché : chiffres non renseignés.</p> : null}
      {territoires.map((territoire) => (
        <ChiffresTerritoire key={`${territoire.niveau}:${territoire.code}`} territoire={territoire} />
      ))}
      {pole.territoireAction && !action ? (
        <p className="hint">
          Le territoire d’action « {pole.territoireAction.libelle} » n’est pas un niveau officiel : pas de chiffre propre.
        </p>
      ) : null}
    </section>
  );
}
