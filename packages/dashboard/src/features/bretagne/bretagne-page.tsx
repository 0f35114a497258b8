import { useQuery } from '@apollo/client/react';
import { formatNombre, SOUTIEN_COLLECTIVITES_LABELS } from '@poles-ess/shared';
import { useMemo } from 'react';
import { graphql } from '../../graphql/generated';
import type { StatutPole } from '../../graphql/generated/graphql';
import { ErrorState } from '../../ui/error-state';
import { buildExportFileName, downloadFile, ExportButtons, MIME_CSV, toCsv, type CsvColumn } from '../../ui/export';
import { LoadingState } from '../../ui/loading-state';
import { asTerritoireCollection } from '../../ui/map/join-valeurs';
import { toPoleMapPoints } from '../../ui/map/to-pole-map-points';
import { useUrlState } from '../../ui/url/define-url-state';
import { BretagneDistanceChart, BretagnePolesChart } from './bretagne-charts';
import { BretagneEtude } from './bretagne-etude';
import { BretagneMap } from './bretagne-map';
import { BretagneTable } from './bretagne-table';
import { toBretagneDistanceChartRows, toBretagnePolesChartRows, toBretagneRows, type BretagneRow } from './to-bretagne-rows';
import { toEtudeBretagneRows } from './to-etude-bretagne-rows';
import { BRETAGNE_URL_STATE } from './bretagne-url-state';
import './bretagne.css';

const RAYON_KM = 20;

export const BretagnePage_couverture = graphql(`
  fragment BretagnePage_couverture on CouvertureTerritoire {
    code
    nom
    population
    associationDeveloppementActive
    distanceMoyennePonderee
    distancesPoleActif {
      type
      distanceKm
    }
    partPopulationCouverte
    rayonKm
    nombrePoles
    polesParTypeStatut {
      type
      statut
      nombre
    }
    polesCouvrants {
      id
      nom
      type
      statut
    }
    polesSansPosition
    emploiEss {
      annee
      effectifSalarie
      partEmploi
      anneeNature
      uniteEffectif
      borneInferieure
      sourceSecondaire
      source {
        titre
        annee
        url
      }
    }
  }
`);

// The study's two prerequisites of a pole, for the same Pays and the same counted statuses as the coverage.
export const BretagnePage_prealables = graphql(`
  fragment BretagnePage_prealables on PrealablesTerritoire {
    code
    associationActive
    soutienCollectivites
    evaluationSoutien {
      source
    }
    deuxPrealables
    methode
    source
  }
`);

const BRETAGNE_PAGE = graphql(`
  query BretagnePage($rayonKm: Float!, $statutsPoles: [StatutPole!], $dateComposition: String!) {
    couverture(niveau: PAYS, dans: { niveau: REGION, code: "53" }, rayonKm: $rayonKm, statutsPoles: $statutsPoles) {
      ...BretagnePage_couverture
    }
    prealables(niveau: PAYS, dans: { niveau: REGION, code: "53" }, statutsPoles: $statutsPoles) {
      ...BretagnePage_prealables
    }
    carteTerritoires(niveau: PAYS, dans: { niveau: REGION, code: "53" }, precision: MOYENNE, date: $dateComposition)
    poles(filtre: { dans: { niveau: REGION, code: "53" } }, first: 100) {
      totalCount
      nodes {
        ...PoleMapPoint_pole
      }
    }
    chiffresEtude {
      indicateur
      perimetre
      valeur
      source
    }
  }
`);

const CSV_COLUMNS: CsvColumn<BretagneRow>[] = [
  { header: 'Code', value: (r) => r.code },
  { header: 'Pays', value: (r) => r.nom },
  { header: 'Population', value: (r) => r.population },
  { header: 'Association de développement active', value: (r) => (r.associationActive ? 'oui' : 'non') },
  { header: 'Soutien des collectivités locales', value: (r) => (r.prealables ? SOUTIEN_COLLECTIVITES_LABELS[r.prealables.soutien].toLowerCase() : null) },
  { header: 'Source du soutien', value: (r) => r.prealables?.soutienSource ?? null },
  { header: 'Les deux préalables réunis', value: (r) => (r.prealables ? (r.prealables.deuxPrealables ? 'oui' : 'non') : null) },
  { header: 'Pôles couvrant le Pays', value: (r) => r.couvrants.join(', ') },
  { header: 'Associations situées', value: (r) => r.associations },
  { header: 'Espaces d’hébergement', value: (r) => r.hebergements },
  { header: 'Centres multifonction', value: (r) => r.multifonctions },
  { header: 'Pôle actif le plus proche (km)', value: (r) => r.distancePoleKm },
  { header: 'Distance moyenne pondérée (km)', value: (r) => r.distanceMoyennePondereeKm },
  { header: `Population à moins de ${RAYON_KM} km d’un pôle actif (%)`, value: (r) => r.partPopulationCouverte },
  { header: 'Emplois ESS', value: (r) => r.emploiEss },
  { header: 'Année', value: (r) => r.emploiAnnee },
  { header: 'Source de l’emploi', value: (r) => r.emploiSource },
];

// The last day on which the 21 Pays of the study all existed: the Pays de Redon was dissolved on 1 January 2018,
// the day Quimperlé Communauté left Cornouaille for Lorient (data/territoires/pays-bretagne.csv).
const DATE_COMPOSITION = '2017-12-31';

export function BretagnePage() {
  const [{ lecture, carte }, update] = useUrlState(BRETAGNE_URL_STATE);
  const lectureHaute = lecture === 'inconnus';
  const statutsPoles: StatutPole[] = lectureHaute ? ['ACTIF', 'INCONNU'] : ['ACTIF'];
  const query = useQuery(BRETAGNE_PAGE, { variables: { rayonKm: RAYON_KM, statutsPoles, dateComposition: DATE_COMPOSITION } });
  const { loading, error } = query;
  // Switching the reading keeps the page in place while the new figures load (no layout jump).
  const data = query.data ?? query.previousData;
  const toggleLecture = (haute: boolean) => void update({ lecture: haute ? 'inconnus' : null });
  const rows = useMemo(() => toBretagneRows(data?.couverture ?? [], data?.prealables ?? []), [data]);
  const collection = useMemo(() => asTerritoireCollection(data?.carteTerritoires), [data]);
  const { points } = useMemo(() => toPoleMapPoints(data?.poles.nodes ?? []), [data]);
  if (error) return <ErrorState />;
  if (loading && !data) return <LoadingState label="Calcul de la couverture des 21 Pays…" />;
  const poles = data?.poles.nodes ?? [];
  const sansAssociation = rows.filter((r) => !r.associationActive).length;
  return (
    <article className="bretagne-page">
      <header>
        <h1>Bretagne : les {formatNombre(rows.length)} Pays comparés</h1>
        <label className="bretagne-lecture">
          <input type="checkbox" checked={lectureHaute} onChange={(event) => toggleLecture(event.target.checked)} />
          Compter aussi les pôles au statut inconnu comme présents (lecture haute : l’étude compte 6 associations actives en
          Bretagne sans dire lesquelles, et 9 des 10 fiches bretonnes n’ont pas de statut)
        </label>
        {lectureHaute ? (
          <p className="bretagne-note" role="status">
            Lecture haute : dans cette page, « actif » veut dire actif ou au statut inconnu (distances, associations, population
            couverte).
          </p>
        ) : null}
        {loading && data ? <p role="status" className="bretagne-note">Mise à jour des chiffres…</p> : null}
        <p className="bretagne-note">
          {formatNombre(sansAssociation)} Pays sur {formatNombre(rows.length)} n’ont aucune association de développement active connue (située ou couvrant
          le Pays). Le tableau dit pour chacun à quelle distance sa population vit du pôle actif le plus proche.
        </p>
      </header>
      <BretagneMap
        collection={collection}
        rows={rows}
        poles={points}
        dateComposition={DATE_COMPOSITION}
        indicateur={carte ?? 'association'}
        onIndicateurChange={(indicateur) => void update({ carte: indicateur === 'association' ? null : indicateur })}
      />
      <BretagneEtude rows={toEtudeBretagneRows(data?.chiffresEtude ?? [], poles)} fiches={poles.length} />
      <BretagnePolesChart rows={toBretagnePolesChartRows(rows)} />
      <BretagneDistanceChart rows={toBretagneDistanceChartRows(rows)} rayonKm={RAYON_KM} />
      <section className="bretagne-wide">
        <ExportButtons
          title="Exporter le tableau"
          actions={[
            {
              label: 'CSV',
              run: () => downloadFile(toCsv(rows, CSV_COLUMNS), buildExportFileName('pays-bretagne-couverture', 'csv'), MIME_CSV),
            },
          ]}
        />
        <BretagneTable rows={rows} rayonKm={RAYON_KM} prealablesMethode={data?.prealables[0] ?? null} />
      </section>
    </article>
  );
}
