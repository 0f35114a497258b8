import { useQuery } from '@apollo/client/react';
import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../graphql/generated';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { asTerritoireCollection } from '../../ui/map/join-valeurs';
import { toPoleMapPoints } from '../../ui/map/to-pole-map-points';
import { readNiveauPath } from '../../ui/url/page-paths';
import { NIVEAU_MEMBRES } from './niveau-membres';
import { TerritoireIdentite } from './territoire-identite';
import { TerritoireLiens } from './territoire-liens';
import { TerritoireMap } from './territoire-map';
import { TerritoirePoles } from './territoire-poles';
import { TerritoireEmploi } from './territoire-emploi';
import './territoires.css';

const TERRITOIRE_PAGE = graphql(`
  query TerritoirePage(
    $niveau: NiveauTerritorial!
    $code: String!
    $niveauMembres: NiveauTerritorial!
    $avecMembres: Boolean!
    $precision: PrecisionGeometrie!
  ) {
    territoire(niveau: $niveau, code: $code) {
      ...TerritoireIdentite_territoire
      ...TerritoireLiens_territoire
      ...TerritoirePoles_territoire
      ...TerritoireEmploi_territoire
      geometrie(precision: $precision)
      poles(first: 100) {
        nodes {
          ...PoleMapPoint_pole
        }
      }
    }
    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)
      @include(if: $avecMembres)
  }
`);

export function TerritoirePage() {
  const params = useParams();
  const niveau = readNiveauPath(params.niveau);
  const code = params.code ?? '';
  const niveauMembres = niveau ? NIVEAU_MEMBRES[niveau] : null;
  const { data, loading, error } = useQuery(TERRITOIRE_PAGE, {
    skip: !niveau,
    variables: {
      niveau: niveau ?? 'FRANCE',
      code,
      niveauMembres: niveauMembres ?? 'COMMUNE',
      avecMembres: niveauMembres !== null,
      precision: niveau === 'FRANCE' || niveau === 'REGION' || niveau === 'ANCIENNE_REGION' ? 'BASSE' : 'MOYENNE',
    },
  });
  const membres = useMemo(() => asTerritoireCollection(data?.carteTerritoires), [data]);
  const poles = useMemo(() => toPoleMapPoints(data?.territoire?.poles.nodes ?? []).points, [data]);
  if (!niveau) return <ErrorState message="Niveau de territoire inconnu dans l’adresse." />;
  if (error) return <ErrorState />;
  if (loading && !data) return <LoadingState label="Chargement du territoire…" />;
  const territoire = data?.territoire;
  if (!territoire) {
    return (
      <section>
        <h1>Territoire introuvable</h1>
        <p>
          Aucun territoire « {code} » au niveau {NIVEAU_TERRITORIAL_LABELS[niveau].toLowerCase()}. <Link to="/territoires">Rechercher un territoire</Link>
        </p>
      </section>
    );
  }
  return (
    <article className="territoire-page">
      <header>
        <p className="territoire-note">
          <Link to="/territoires">Territoires</Link> › {NIVEAU_TERRITORIAL_LABELS[territoire.niveau]}
        </p>
        <h1>{territoire.nom}</h1>
      </header>
      <TerritoireMap
        nom={territoire.nom}
        contour={(territoire.geometrie as Geometry | null | undefined) ?? null}
        source={territoire}
        membres={membres}
        niveauMembres={niveauMembres}
        poles={poles}
      />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <TerritoireIdentite territoire={territoire} />
        <TerritoireLiens territoire={territoire} />
        <TerritoirePoles territoire={territoire} />
      </div>
      <TerritoireEmploi territoire={territoire} />
    </article>
  );
}
