// Registers the service worker once the app has settled (so precaching never
// slows the first question) and says when FactQuiz is ready offline.
(function () {
  var status = document.getElementById('offline-status');
  function say(text) { if (status) status.textContent = text; }
  if (!('serviceWorker' in navigator)) { say('This browser cannot keep FactQuiz for offline use.'); return; }
  function register() {
    navigator.serviceWorker.register('./sw.js').then(function () { return navigator.serviceWorker.ready; }).then(function () {
      say('Ready offline: FactQuiz now works without a network.');
      document.documentElement.dataset.offline = 'ready';
    }).catch(function () { say('Offline use is not available here (the page must be served over http or https).'); });
  }
  window.addEventListener('load', function () { setTimeout(register, 1500); });
})();
