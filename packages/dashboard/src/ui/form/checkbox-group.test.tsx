import { fireEvent, render } from '@testing-library/react';
import { STATUT_POLE_LABELS, STATUTS_POLE, type StatutPole } from '@poles-ess/shared';
import { CheckboxGroup } from './checkbox-group';

describe('CheckboxGroup', () => {
  it('ticks and unticks a value, keeping the others in their order', () => {
    const onChange = jest.fn<void, [StatutPole[]]>();
    const { getByLabelText, getByRole } = render(
      <CheckboxGroup className="filtre" legend="Statut" values={STATUTS_POLE} labels={STATUT_POLE_LABELS} selected={['ACTIF', 'PROJET']} onChange={onChange} />,
    );
    expect(getByRole('group', { name: 'Statut' })).toBeTruthy();
    expect((getByLabelText('Actif') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(getByLabelText('Actif'));
    fireEvent.click(getByLabelText('Fermé'));
    expect(onChange.mock.calls).toEqual([[['PROJET']], [['ACTIF', 'PROJET', 'FERME']]]);
  });
});
