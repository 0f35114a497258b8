import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ExportButtons, MIME_CSV, buildExportFileName, downloadFile } from '../../ui/export';
import { CreationYearChart } from './creation-year-chart';
import { DYNAMIQUES_QUERY } from './dynamiques-page-query';
import { EtudeVsFichesTable } from './etude-vs-fiches-table';
import { EtudeChiffresList } from './etude-chiffres-list';
import { toEtudeVsFichesCsv } from './export-etude-vs-fiches';
import { StatutChart } from './statut-chart';
import { toCreationYearChartRows } from './to-creation-year-chart-rows';
import { toEtudeVsFichesRows } from './to-etude-vs-fiches-rows';
import { toStatutChartRows } from './to-statut-chart-rows';
import { toRepartitionChartRows } from './to-repartition-chart-rows';
import { TypeRegionChart } from './type-region-chart';
import './dynamiques.css';

const SOURCE_FICHES = "les 39 fiches de l'étude « Les pôles de développement de l'ESS en France » (vers 2010), telles que l'API les sert ; rattachement aux anciennes régions calculé par PostGIS";

export function DynamiquesPage() {
  const { data, loading, error } = useQuery(DYNAMIQUES_QUERY);
  const poles = useMemo(() => data?.poles.nodes ?? [], [data]);
  const chiffres = useMemo(() => data?.chiffresEtude ?? [], [data]);
  const comparaison = useMemo(
    () => toEtudeVsFichesRows(chiffres, poles),
    [chiffres, poles],
  );
  const typeRegion = useMemo(() => (data ? toRepartitionChartRows(data.typesParRegion) : []), [data]);
  const creation = useMemo(() => toCreationYearChartRows(poles), [poles]);
  const statuts = useMemo(() => toStatutChartRows(poles), [poles]);
  const rhoneAlpes = comparaison.find((row) => row.cle === 'hebergement-rhone-alpes');

  if (loading && !data) return <LoadingState label="Chargement des comptes de l’étude…" />;
  if (error || !data) return <ErrorState />;
  return (
    <section className="dynamiques-page">
      <h1>Dynamiques : la typologie de l’étude et ses comptes</h1>
      <p className="poles-intro">
        L’étude fondatrice a recensé <strong>63 pôles et 12 projets</strong> mais n’a rédigé que <strong>39 fiches</strong>. Ses comptes
        (par type, par région) portent sur tout le recensement ; les données de cette plateforme ne contiennent que les fiches. Les deux
        sont montrés côte à côte : l’écart vient de là, pas d’une erreur.
      </p>
      {rhoneAlpes ? (
        <p className="dynamiques-callout" id="rhone-alpes">
          <strong>Espaces d’hébergement en Rhône-Alpes :</strong> l’étude en compte <strong>{rhoneAlpes.etude ?? 'non renseigné'}</strong>
          {rhoneAlpes.etudeDetail ? ` (${rhoneAlpes.etudeDetail})` : ''} ; ses fiches n’en décrivent que <strong>{rhoneAlpes.fiches}</strong>
          {rhoneAlpes.fichesNoms.length ? ` : ${rhoneAlpes.fichesNoms.join(', ')}` : ''}.
        </p>
      ) : null}
      <div className="dynamiques-toolbar">
        <h2>L’étude et ses fiches, compte par compte</h2>
        <ExportButtons actions={[{ label: 'CSV', run: () => downloadFile(toEtudeVsFichesCsv(comparaison), buildExportFileName('etude-vs-fiches', 'csv'), MIME_CSV) }]} />
      </div>
      <EtudeVsFichesTable rows={comparaison} />
      <p className="source-note">
        Pourquoi les nombres diffèrent : (1) les fiches ne couvrent que 39 des 75 pôles et projets recensés ; (2) les 10 associations
        bretonnes des fiches n’ont pas de statut dans l’étude (« statut inconnu »), alors que sa conclusion compte 6 associations actives
        et 8 projets en Bretagne ; (3) la liste des fiches compte 10 centres multifonction, dont 2 en projet, quand le recensement en
        compte 7 et 6 projets, et deux monographies décrivent certains « centres » comme des associations d’acteurs. Source des comptes :
        l’étude (tableau « chiffres de l’étude » servi par l’API, chaque ligne avec sa source).
      </p>
      <div className="dynamiques-charts">
        <TypeRegionChart rows={typeRegion} source={data.typesParRegion.source} />
        <div>
          <StatutChart rows={statuts} source={SOURCE_FICHES} />
          <CreationYearChart chart={creation} total={poles.length} source={SOURCE_FICHES} />
        </div>
      </div>
      {data.poles.totalCount > poles.length ? (
        <p className="hint">Les graphiques portent sur les {poles.length} premiers pôles sur {data.poles.totalCount}.</p>
      ) : null}
      <EtudeChiffresList chiffres={chiffres} />
    </section>
  );
}
