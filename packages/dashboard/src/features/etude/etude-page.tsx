import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { EditeurSession } from '../../ui/editeur/editeur-session';
import { useJetonEditeur } from '../../ui/editeur/use-jeton-editeur';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { AnalyseCard } from './analyse-card';
import { AnalyseCreationForm } from './analyse-creation-form';
import { ETUDE_PAGE_QUERY } from './etude-page-query';
import { EtudeSections } from './etude-sections';
import { PrealablesPaysTable } from './prealables-pays-table';
import { ProjetsEtudeTable } from './projets-etude-table';
import { toTypologieCases } from './to-typologie-cases';
import { TypologieDiagramme } from './typologie-diagramme';
import './etude.css';

export function EtudePage() {
  const { data, loading, error } = useQuery(ETUDE_PAGE_QUERY);
  const { session, ouvrir, fermer } = useJetonEditeur();
  const [creation, setCreation] = useState(false);
  const cases = useMemo(
    () =>
      data
        ? toTypologieCases(data.etude.typologie, data.chiffresEtude, {
            ASSOCIATION_DEVELOPPEMENT: data.associations.totalCount,
            ESPACE_HEBERGEMENT: data.hebergements.totalCount,
            CENTRE_MULTIFONCTION: data.centres.totalCount,
          })
        : [],
    [data],
  );

  if (loading && !data) return <LoadingState label="Chargement de l’étude…" />;
  if (error || !data) return <ErrorState />;
  const { etude } = data;
  const jeton = session?.jeton ?? null;
  return (
    <section className="etude-page">
      <div className="etude-entete">
        <div>
          <h1>L’étude : {etude.titre}</h1>
          <p className="etude-sous-titre">{etude.sousTitre}</p>
          <p className="poles-intro">
            L’étude fondatrice de la plateforme, datée {etude.periode}. Son texte est cité tel quel ; ses notes d’analyse territoriale n’en
            donnent que le titre et quelques lignes, le reste est « non renseigné » tant qu’un éditeur ne l’a pas écrit.
          </p>
        </div>
        <EditeurSession session={session} ouvrir={ouvrir} fermer={fermer} />
      </div>
      <TypologieDiagramme definition={etude.definition} cases={cases} source={etude.source} />
      <EtudeSections sections={etude.sections} source={etude.source} />
      <section aria-labelledby="analyses-titre">
        <h2 id="analyses-titre">Notes d’analyses territoriales</h2>
        <p className="poles-intro">
          Trois questions par territoire : quelles dynamiques entre les acteurs, quelles politiques ESS des collectivités locales, quels axes de
          développement.
        </p>
        {jeton && !creation ? (
          <button type="button" onClick={() => setCreation(true)}>
            Écrire une nouvelle note
          </button>
        ) : null}
        <div className="analyses-grille">
          {jeton && creation ? <AnalyseCreationForm jeton={jeton} onFin={() => setCreation(false)} /> : null}
          {data.analysesTerritoriales.map((a) => (
            <AnalyseCard key={a.id} analyse={a} jeton={jeton} />
          ))}
        </div>
      </section>
      <ProjetsEtudeTable projets={data.projetsEtude} />
      <PrealablesPaysTable pays={data.prealables} jeton={jeton} />
    </section>
  );
}
