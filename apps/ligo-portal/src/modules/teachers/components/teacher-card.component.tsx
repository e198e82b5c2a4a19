import { Badge, ResetFactorsButton } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { t } from '../../../portal';

/** A teacher's account; an active one offers a new link, a second-factor reset and deactivation. */
export function TeacherCard(props: {
  teacher: { id: string; displayName: string; email: string; active: boolean };
  linkBusy: boolean;
  onNewLink: () => void;
  onDeactivate: () => void;
}) {
  return (
    <li class="card">
      <h2 class="card__title">{props.teacher.displayName}</h2>
      <p class="card__meta">{props.teacher.email}</p>
      <p class="card__badges">
        <Badge tone={props.teacher.active ? 'success' : 'neutral'}>
          {props.teacher.active ? t('teachers.active') : t('teachers.inactive')}
        </Badge>
      </p>
      <Show when={props.teacher.active}>
        <div class="card__actions">
          <button
            type="button"
            class="button button--secondary"
            disabled={props.linkBusy}
            onClick={() => props.onNewLink()}
          >
            {t('signInLink.new')}
            <span class="visually-hidden"> {props.teacher.displayName}</span>
          </button>
          <ResetFactorsButton userId={props.teacher.id} name={props.teacher.displayName} />
          <button type="button" class="button button--secondary" onClick={() => props.onDeactivate()}>
            {t('teachers.deactivate', { name: props.teacher.displayName })}
          </button>
        </div>
      </Show>
    </li>
  );
}
