"use client";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, PathValue } from "react-hook-form";
import type { ActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { mentionQuery, mentionToken } from "@/lib/domain/mentions";

/** A colleague who may be mentioned on this request (the server offers only those who can see it). */
export type MentionOption = { id: string; name: string; roleLabel: string };

const fold = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const SHOWN = 8;

/**
 * The internal note box with its "@" picker, the same shape as the "/" canned-reply picker
 * (canned-reply-textarea.tsx): the textarea keeps its textbox role and the focus, the
 * suggestions are a listbox it controls (aria-activedescendant), a polite status says how
 * many there are. Up and Down move, Enter mentions, Escape closes; a click mentions too.
 */
export function MentionTextarea<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  maxLength,
  options,
}: {
  form: ActionForm<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  maxLength?: number;
  options: MentionOption[];
}) {
  const t = useTranslations("followers.mention");
  const listId = `${useId()}-mention`;
  const area = useRef<HTMLTextAreaElement | null>(null);
  const [query, setQuery] = useState<{ start: number; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const [announced, setAnnounced] = useState("");
  const registered = form.register(name);

  const matches = query ? options.filter((o) => fold(o.name).includes(fold(query.text))).slice(0, SHOWN) : [];
  const open = query !== null && matches.length > 0;

  const detect = (el: HTMLTextAreaElement) => {
    const caret = el.selectionStart ?? el.value.length;
    const found = mentionQuery(el.value.slice(0, caret));
    if (found && options.length > 0) {
      setQuery(found);
      setActive(0);
    } else setQuery(null);
  };

  const insert = (option: MentionOption) => {
    const el = area.current;
    if (!el || !query) return;
    const caret = el.selectionStart ?? el.value.length;
    const token = `${mentionToken(option)} `;
    const value = el.value.slice(0, query.start) + token + el.value.slice(caret);
    form.form.setValue(name, value as PathValue<T, Path<T>>, { shouldDirty: true });
    const at = query.start + token.length;
    setQuery(null);
    setAnnounced(t("inserted", { name: option.name }));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!query) return;
    if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
      return;
    }
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      insert(matches[Math.min(active, matches.length - 1)]!);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="relative">
      <Field id={form.idOf(name)} label={label} hint={[hint, options.length ? t("hint") : null].filter(Boolean).join(" ")} error={form.errorOf(name)}>
        {(a11y) => (
          <textarea
            {...a11y}
            {...registered}
            ref={(el) => {
              registered.ref(el);
              area.current = el;
            }}
            onChange={(event) => {
              void registered.onChange(event);
              detect(event.target);
            }}
            onClick={(event) => detect(event.currentTarget)}
            onBlur={(event) => {
              void registered.onBlur(event);
              setQuery(null);
            }}
            onKeyDown={onKeyDown}
            rows={5}
            maxLength={maxLength}
            aria-autocomplete={options.length ? "list" : undefined}
            aria-controls={open ? listId : undefined}
            aria-activedescendant={open ? optionId(active) : undefined}
            className={`${inputClass} min-h-28 max-w-2xl`}
          />
        )}
      </Field>
      {open ? (
        <ul id={listId} role="listbox" aria-label={t("listLabel")} className="absolute z-10 mt-1 max-h-72 w-full max-w-2xl overflow-y-auto rounded border-2 border-slate-700 bg-white shadow-lg">
          {matches.map((option, i) => (
            <li
              key={option.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea keeps the focus (and the caret) while choosing.
              onMouseDown={(event) => {
                event.preventDefault();
                insert(option);
              }}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-slate-900 text-white" : "text-slate-900"}`}
            >
              <span className="font-semibold">{option.name}</span> <span className="text-sm">({option.roleLabel})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {query ? t("count", { count: matches.length }) : announced}
      </p>
    </div>
  );
}
