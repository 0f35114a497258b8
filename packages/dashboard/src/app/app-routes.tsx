import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from '../ui/loading-state';
import { NotFoundPage } from './not-found-page';

// Every view is a lazily loaded chunk: the first view's JavaScript stays small.
const CartePage = lazy(() => import('../features/carte/carte-page').then((m) => ({ default: m.CartePage })));
const BretagnePage = lazy(() => import('../features/bretagne/bretagne-page').then((m) => ({ default: m.BretagnePage })));
const PolesPage = lazy(() => import('../features/poles/poles-page').then((m) => ({ default: m.PolesPage })));
const PoleFichePage = lazy(() => import('../features/poles/pole-fiche-page').then((m) => ({ default: m.PoleFichePage })));
const DynamiquesPage = lazy(() => import('../features/dynamiques/dynamiques-page').then((m) => ({ default: m.DynamiquesPage })));
const ComparerPage = lazy(() => import('../features/comparer/comparer-page').then((m) => ({ default: m.ComparerPage })));
const TerritoiresPage = lazy(() => import('../features/territoires/territoires-page').then((m) => ({ default: m.TerritoiresPage })));
const EtudePage = lazy(() => import('../features/etude/etude-page').then((m) => ({ default: m.EtudePage })));
const TerritoirePage = lazy(() => import('../features/territoires/territoire-page').then((m) => ({ default: m.TerritoirePage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="/" element={<CartePage />} />
        <Route path="/bretagne" element={<BretagnePage />} />
        <Route path="/territoires" element={<TerritoiresPage />} />
        <Route path="/territoires/:niveau/:code" element={<TerritoirePage />} />
        <Route path="/poles" element={<PolesPage />} />
        <Route path="/poles/:id" element={<PoleFichePage />} />
        <Route path="/dynamiques" element={<DynamiquesPage />} />
        <Route path="/comparer" element={<ComparerPage />} />
        <Route path="/etude" element={<EtudePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
