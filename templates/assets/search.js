// Search page: starts the Pagefind Default UI (loaded just before this file) in #search.
// The address carries the search: ?q=… is searched at once and ?sort=asc|desc orders results by
// date, so a search can be linked to. Picking another order reloads the page with it, keeping
// the query (restarting the UI in place would stop Pagefind's worker mid-search).
(() => {
  const container = document.getElementById("search");
  const order = document.getElementById("search-sort");
  if (!container || !order || typeof window.PagefindUI !== "function") return;

  const params = new URLSearchParams(window.location.search);
  const sort = ["asc", "desc"].includes(params.get("sort")) ? params.get("sort") : "";
  order.value = sort;

  const ui = new window.PagefindUI({
    element: "#search",
    baseUrl: container.dataset.baseUrl || "/",
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
