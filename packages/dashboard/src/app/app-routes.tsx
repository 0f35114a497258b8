import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from '../ui/loading-state';
import { NotFoundPage } from './not-found-page';

// Every view is a lazily loaded chunk: the first view's JavaScript stays small.
const CartePage = lazy(() => import('../features/carte/carte-page').then((m) => ({ default: m.CartePage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="/" element={<CartePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
