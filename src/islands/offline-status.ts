/**
 * <offline-status>: one line in the footer saying whether the whole course is stored for offline study, and a
 * banner when the device is offline. <update-prompt>: "new version available — reload", only on request.
 */
import { $offlineReady, $online, $updatedElsewhere, $updateWaiting, reloadIntoUpdate, startServiceWorker } from '../stores/service-worker.ts';
import { h } from './dom.ts';

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    const line = h('span', { 'data-offline-ready': '' });
    const banner = h('p', { class: 'offline-banner', hidden: true }, 'You are offline. Every lesson and quiz you can reach from here still works, and your answers are saved on this device.');
    this.append(line, banner);
    $offlineReady.subscribe((state) => {
      line.textContent = state === 'ready' ? 'The whole course is available offline on this device.' : state === 'checking' ? 'Saving the course for offline use…' : '';
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
    const midQuiz = () => document.querySelector('quiz-runner') !== null;
    const text = h('span', {});
    const button = h('button', { type: 'button', onclick: () => reloadIntoUpdate() }, 'Reload');
    const box = h('div', { class: 'update-prompt', role: 'status', hidden: true }, text, ' ', button);
    this.append(box);
    const render = () => {
      const waiting = $updateWaiting.get();
      const elsewhere = $updatedElsewhere.get();
      box.hidden = !waiting && !elsewhere;
      text.textContent =
        (waiting ? 'A new version of the course is available.' : 'The course was updated in another tab.') +
        (midQuiz() ? ' Your answers so far are saved: reload when you are ready and the quiz continues where you are.' : '');
    };
    $updateWaiting.subscribe(render);
    $updatedElsewhere.subscribe(render);
    startServiceWorker();
  }
}

customElements.define('offline-status', OfflineStatus);
customElements.define('update-prompt', UpdatePrompt);
