import { KeyboardEvent, ReactNode, useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';

export interface ComboboxOption {
  /** What is picked: an id. */
  value: string;
  /** What the list shows and what typing matches. */
  label: string;
  /** A second line, matched as well (e.g. a person's department, a project's code). */
  detail?: string;
  /** The language of the label where it is content rather than interface (a project's title). */
  lang?: string;
}

/** The options whose label or detail contain every word of the query, in the given order. */
export function matchOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const text = `${option.label} ${option.detail ?? ''}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The most options the list shows at once; typing narrows it. */
const SHOWN = 50;

/**
 * A searchable picker after the WAI-ARIA combobox pattern (an editable input with a listbox popup,
 * list autocomplete): typing filters the options, ArrowDown and ArrowUp move through them (the input
 * keeps the focus, `aria-activedescendant` names the active one), Enter or a click picks it, Escape
 * closes the list and then empties the input. Picking hands the option to `onSelect` and empties the
 * input, so the same control adds one item after another (members, dependencies, owners).
 *
 * Options come from the caller; `onQueryChange` lets it fetch them for what is typed (a search on the
 * server), in which case `filter={false}` shows them as given.
 */
export function Combobox({
  id,
  label,
  options,
  onSelect,
  onQueryChange,
  filter = true,
  hint,
  error,
  required,
  disabled,
}: {
  id: string;
  label: ReactNode;
  options: readonly ComboboxOption[];
  onSelect(option: ComboboxOption): void;
  onQueryChange?(query: string): void;
  filter?: boolean;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const { t, n } = useI18n();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const own = useId();
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const shown = (filter ? matchOptions(options, query) : [...options]).slice(0, SHOWN);
  const optionId = (index: number) => `${id}-option-${own.replace(/:/g, '')}-${index}`;
  const activeOption = open && active >= 0 && active < shown.length ? shown[active] : undefined;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

  function change(next: string) {
    setQuery(next);
    setOpen(true);
    setActive(-1);
    onQueryChange?.(next);
  }

  function pick(option: ComboboxOption) {
    onSelect(option);
    setQuery('');
    setOpen(false);
    setActive(-1);
    onQueryChange?.('');
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else if (shown.length > 0) setActive((active + 1) % shown.length);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(shown.length - 1);
        } else if (shown.length > 0) setActive(active <= 0 ? shown.length - 1 : active - 1);
        return;
      case 'Home':
      case 'End':
        if (open && shown.length > 0 && event.ctrlKey) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : shown.length - 1);
        }
        return;
      case 'Enter':
        // Enter picks; it never submits the form around the picker.
        if (open) event.preventDefault();
        if (activeOption) pick(activeOption);
        else if (open && shown.length === 1) pick(shown[0]);
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          change('');
          setOpen(false);
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  const expanded = open && (shown.length > 0 || query.trim() !== '');
  return (
    <div className="field combobox">
      <label htmlFor={id}>
        {label}
        {required && (
          <>
            {' '}
            <span className="required">{t('form.required')}</span>
          </>
        )}
      </label>
      <div className="combobox-control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          disabled={disabled}
          value={query}
          onChange={(event) => change(event.target.value)}
          onKeyDown={keyDown}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul id={listId} role="listbox" aria-label={typeof label === 'string' ? label : undefined} hidden={!expanded}>
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option combobox-option-active' : 'combobox-option'}
              // The input keeps the focus: the option is picked on mouse down, before the input's blur.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              <span lang={option.lang}>{option.label}</span>
              {option.detail && <span className="combobox-detail">{option.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} role="status" className="visually-hidden">
        {expanded ? (shown.length === 0 ? t('combobox.noMatches') : n('combobox.matches', shown.length)) : ''}
      </p>
      {expanded && shown.length === 0 && (
        <p className="hint" aria-hidden="true">
          {t('combobox.noMatches')}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
