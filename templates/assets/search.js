// Search page: starts the Pagefind Default UI (loaded just before this file) in #search over the
// site's search shards. /pagefind/shards.json lists one Pagefind bundle per period, newest first
// (src/search/): the newest is the UI's own bundle and the others are merged into it with
// Pagefind's mergeIndex, so one search covers them all, filters included.
// The address carries the search: ?q=… is searched at once and ?sort=asc|desc orders results by
// date, so a search can be linked to. Picking another order reloads the page with it, keeping
// the query (restarting the UI in place would stop Pagefind's worker mid-search).
(async () => {
  const container = document.getElementById("search");
  const order = document.getElementById("search-sort");
  if (!container || !order || typeof window.PagefindUI !== "function") return;

  const base = container.dataset.baseUrl || "/";
  const params = new URLSearchParams(window.location.search);
  const sort = ["asc", "desc"].includes(params.get("sort")) ? params.get("sort") : "";
  order.value = sort;

  const shards = await loadShards(base);
  if (shards.length === 0) {
    say(container, shards.failed ? "Search is not available right now." : "There are no articles to search yet.");
    return;
  }
  const weights = sort ? dateOrderWeights(shards) : shards.map(() => 1);
  const bundle = (shard, index) => ({ bundlePath: `${base}pagefind/${shard.bundle}`, baseUrl: base, indexWeight: weights[index] });
  const [newest, ...older] = shards.map(bundle);
  const ui = new window.PagefindUI({
    element: "#search",
    ...newest,
    mergeIndex: older,
    showSubResults: true,
    showImages: false,
    ...(sort ? { sort: { date: sort } } : {}),
  });
  labelSearchInput(container);
  const query = params.get("q");
  if (query) ui.triggerSearch(query);

  order.closest("[hidden]")?.removeAttribute("hidden");
  order.addEventListener("change", () => {
    const input = container.querySelector("input");
    const next = new URLSearchParams();
    if (input && input.value) next.set("q", input.value);
    if (order.value) next.set("sort", order.value);
    window.location.search = next.toString();
  });
})();

// The shard list, newest first; empty (and marked failed) when it cannot be had.
async function loadShards(base) {
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (!response.ok) throw new Error(`${response.status}`);
    return (await response.json()).shards;
  } catch {
    return Object.assign([], { failed: true });
  }
}

// Pagefind orders merged results by score alone, and a date-sorted result's score is its
// position in its own bundle's date order (negated for oldest first), so unweighted the
// bundles' results would interleave. Shards cover disjoint periods, and a shard's positions run
// from 1 (its sort anchor holds 0, src/search/pagefind.ts) to its page count; weighting each
// shard above every weighted position of the older ones puts whole shards in date order, in
// both directions. Exact while the product of (pages + 1) over the shards stays below ~1e308.
function dateOrderWeights(newestFirst) {
  const weights = [];
  let weight = 1;
  for (const shard of [...newestFirst].reverse()) {
    weights.unshift(Math.min(weight, Number.MAX_VALUE));
    weight *= shard.pages + 1;
  }
  return weights;
}

function say(container, text) {
  const message = document.createElement("p");
  message.className = "search-message";
  message.textContent = text;
  container.append(message);
}

// Pagefind's input is named only by its placeholder; give it a visible label of its own.
function labelSearchInput(container) {
  const input = container.querySelector("input.pagefind-ui__search-input");
  if (!input) return;
  input.id = "search-input";
  const label = document.createElement("label");
  label.htmlFor = input.id;
  label.className = "search-label";
  label.textContent = "Search the articles";
  container.prepend(label);
}
