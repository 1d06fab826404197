import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { Combobox, ComboboxOption, matchOptions } from './Combobox';

const PEOPLE: ComboboxOption[] = [
  { value: 'p1', label: 'Jana Ebert', detail: 'Amt 103' },
  { value: 'p2', label: 'Tobias Brandt', detail: 'Amt 10' },
  { value: 'p3', label: 'Lena Ebersbach', detail: 'Amt 40' },
];

/** A picker that adds what is picked to a list below it, as the member and dependency editors do. */
function Picker() {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <I18nProvider>
      <form onSubmit={() => setPicked((list) => [...list, 'SUBMITTED'])}>
        <Combobox
          id="person"
          label="Person hinzufügen"
          options={PEOPLE}
          onSelect={(o) => setPicked((list) => [...list, o.label])}
        />
      </form>
      <ul aria-label="Gewählt">
        {picked.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </I18nProvider>
  );
}

function setup() {
  render(<Picker />);
  const input = screen.getByRole('combobox', { name: 'Person hinzufügen' });
  const picked = () => screen.getByRole('list', { name: 'Gewählt' }).textContent;
  return { input, picked };
}

describe('matchOptions', () => {
  it('matches every typed word in the label or the detail, in any case', () => {
    expect(matchOptions(PEOPLE, 'eber').map((option) => option.value)).toEqual(['p1', 'p3']);
    expect(matchOptions(PEOPLE, 'EBER amt 40').map((option) => option.value)).toEqual(['p3']);
    expect(matchOptions(PEOPLE, '  ')).toHaveLength(3);
  });
});

describe('Combobox', () => {
  it('is a collapsed combobox that controls a listbox until something is typed', () => {
    const { input } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
  });

  it('filters as one types and says how many match', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'eber' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Jana EbertAmt 103',
      'Lena EbersbachAmt 40',
    ]);
    expect(screen.getByRole('status').textContent).toBe('2 Treffer, mit Pfeiltasten wählen');
  });

  it('moves through the options with the arrow keys while the focus stays in the input, and picks with Enter', () => {
    const { input, picked } = setup();
    input.focus();
    fireEvent.change(input, { target: { value: 'eber' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getAllByRole('option')[0];
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    // It wraps round to the first again.
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0].id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(picked()).toBe('Lena Ebersbach');
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('never submits the form around it with Enter while the list is open', () => {
    const { input, picked } = setup();
    fireEvent.change(input, { target: { value: 'tobias' } });
    const submitted = !fireEvent.keyDown(input, { key: 'Enter' });
    expect(submitted).toBe(true); // the default (submitting) was prevented
    expect(picked()).toBe('Tobias Brandt');
  });

  it('closes with Escape and empties the input with a second Escape', () => {
    const { input, picked } = setup();
    fireEvent.change(input, { target: { value: 'jana' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('jana');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    expect(picked()).toBe('');
  });

  it('picks with a click and says when nothing matches', () => {
    const { input, picked } = setup();
    fireEvent.change(input, { target: { value: 'niemand' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Keine Treffer');
    fireEvent.change(input, { target: { value: 'Brandt' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: /Tobias Brandt/ }));
    expect(picked()).toBe('Tobias Brandt');
  });

  it('ties its error and hint to the input', () => {
    render(
      <I18nProvider>
        <Combobox
          id="dep"
          label="Projekt"
          options={[]}
          onSelect={() => undefined}
          hint="Kürzel oder Titel"
          error="Zyklus"
        />
      </I18nProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'Projekt' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('dep-hint dep-error');
    expect(document.getElementById('dep-error')?.textContent).toBe('Zyklus');
  });
});
