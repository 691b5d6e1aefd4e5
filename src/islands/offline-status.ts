/**
 * <offline-status>: one line in the footer saying whether the whole course is stored for offline study, and a
 * banner when the device is offline. <update-prompt>: "new version available — reload", only on request.
 */
import { $offlineReady, $online, $updatedElsewhere, $updateWaiting, reloadIntoUpdate, startServiceWorker } from '../stores/service-worker.ts';
import { h } from './dom.ts';
import { strings } from './strings.ts';

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    const t = strings('offline');
    const line = h('span', { 'data-offline-ready': '' });
    const banner = h('p', { class: 'offline-banner', hidden: true }, t.banner);
    this.append(line, banner);
    $offlineReady.subscribe((state) => {
      line.textContent = state === 'ready' ? t.ready : state === 'checking' ? t.checking : '';
      this.dataset.state = state;
    });
    $online.subscribe((online) => {
      banner.hidden = online;
      this.toggleAttribute('data-offline', !online);
    });
    startServiceWorker();
  }
}

class UpdatePrompt extends HTMLElement {
  connectedCallback(): void {
    const t = strings('offline');
    const midQuiz = () => document.querySelector('quiz-runner') !== null;
    const text = h('span', {});
    const button = h('button', { type: 'button', onclick: () => reloadIntoUpdate() }, t.reload);
    const box = h('div', { class: 'update-prompt', role: 'status', hidden: true }, text, ' ', button);
    this.append(box);
    const render = () => {
      const waiting = $updateWaiting.get();
      const elsewhere = $updatedElsewhere.get();
      box.hidden = !waiting && !elsewhere;
      text.textContent =
        (waiting ? t.updateAvailable : t.updatedElsewhere) + (midQuiz() ? ` ${t.midQuiz}` : '');
    };
    $updateWaiting.subscribe(render);
    $updatedElsewhere.subscribe(render);
    startServiceWorker();
  }
}

customElements.define('offline-status', OfflineStatus);
customElements.define('update-prompt', UpdatePrompt);
