import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseCarteState, toCarteSearchParams, type CarteUrlState } from './url-state';

export function useCarteUrlState(): [CarteUrlState, (patch: Partial<CarteUrlState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCarteState(params), [params]);
  const update = useCallback(
    (patch: Partial<CarteUrlState>) => {
      setParams((current) => toCarteSearchParams({ ...parseCarteState(current), ...patch }), { replace: true });
    },
    [setParams],
  );
  return [state, update];
}
