// A tap on a chart shows the value under the finger in a tip a finger can read, instead of following the zone's link:
// on a touch screen there is no hover, and a tap that drilled down would hide the value it meant to read. Drilling
// down is then a separate control in the tip. A mouse keeps the hover titles, and its click drills down directly.
(() => {
  let pointer = 'mouse';
  let tip = null;

  const hide = () => {
    tip?.remove();
    tip = null;
  };

  const show = (shape) => {
    hide();
    tip = document.createElement('div');
    tip.className = 'chart-tip';
    tip.setAttribute('role', 'status');
    const value = document.createElement('p');
    value.textContent = shape.querySelector('title')?.textContent ?? '';
    tip.append(value);
    const link = shape.closest('a');
    if (link) {
      const detail = document.createElement('a');
      detail.href = link.getAttribute('href');
      detail.textContent = 'Voir le détail de cette zone';
      tip.append(detail);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'chart-tip-close';
    close.setAttribute('aria-label', 'Fermer');
    close.textContent = '×';
    tip.append(close);
    document.body.append(tip);

    // Above the shape, centred on it, inside the page; below it when there is no room above.
    const box = shape.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
    const above = box.top - tip.offsetHeight - 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${(above >= 0 ? above : box.bottom + 8) + window.scrollY}px`;
  };

  document.addEventListener('pointerdown', (e) => { pointer = e.pointerType; }, true);

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest('.chart-tip')) {
      // The tip's own link navigates (the app follows it); the tip goes with it, as with its close button.
      if (target.closest('a, .chart-tip-close')) {
        setTimeout(hide);
      }
      return;
    }

    const shape = target?.closest('.chart svg .hover');
    if (!shape || pointer === 'mouse') {
      hide();
      return;
    }

    e.preventDefault();
    e.stopPropagation();
    show(shape);
  }, true);

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      hide();
    }
  });
})();
