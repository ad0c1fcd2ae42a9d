#!/usr/bin/env python3
"""Generates the sparse case: an ordinary class library that references IpsecSdk and uses it in one file.

What a user has: a large code base of ordinary code (entities, partial classes split across files, repositories,
services, extension methods, generic helpers; XML doc comments on every public member, '#nullable enable', '#region'
and '#if DEBUG' in about a third of the files, nullable annotations there, generics, LINQ, properties, interfaces,
events, async methods, switch expressions, patterns and string interpolation) with no IpsecSdk usage, plus ONE policy
file of about 40 lines that builds an IpsecPolicy. A handful of ordinary files hash with MD5 and SHA-1 (ETags, legacy
fingerprints), so CA5350/CA5351 have something to do on the same code.

Two projects under OUT, identical but for the policy file:
  clean/     the policy uses strong choices only: nothing for the IPSEC analyzers to report.
  findings/  the same policy with four weak choices (SHA-1 and DH group 2 in main mode, request mode, PFS off):
             IPSEC001, IPSEC003, IPSEC004, IPSEC007.
Both reference IpsecSdk.dll and the analyzer exactly as generate.py's consumers do (generate.project_file: HintPath
reference, <Analyzer Include> switchable by -p:WithIpsecAnalyzers=false, -p:IpsecAnalyzerPath, -p:BenchConfig), and
generate XML documentation as a packaged library does. The code is deterministic for a given --files.
"""
import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the work tree
import generate  # noqa: E402  (the consumers' project template and helpers)

AREAS = ["Catalog", "Orders", "Billing", "Shipping", "Customers", "Inventory", "Pricing", "Reporting"]
ADJECTIVES = ["Bulk", "Seasonal", "Regional", "Partner", "Retail", "Wholesale", "Digital", "Archived", "Priority",
              "Standard", "Premium", "Local", "Global", "Pending", "Recurring", "Shared", "Custom", "Legacy", "Managed",
              "Scheduled", "Virtual", "Bundled", "Limited", "Open", "Internal"]
NOUNS = ["Product", "Order", "Invoice", "Shipment", "Customer", "Warehouse", "Discount", "Supplier", "Contract",
         "Payment", "Voucher", "Carrier", "Parcel", "Account", "Quote", "Refund", "Bundle", "Coupon", "Store",
         "Region", "Tariff", "Ledger", "Batch", "Return", "Subscription", "Catalogue", "Price", "Channel", "Claim",
         "Delivery", "Budget", "Project", "Asset", "License", "Rebate", "Stock", "Basket", "Route", "Slot", "Lot"]
UNIT_FILES = 5          # entity, entity validation (partial), repository, service, extensions
COMMON_EVERY = 4        # one generic helper file after every 4 units
POLICY_FILE = os.path.join("Security", "TransportSecurityPolicy.cs")


def fill(template, **values):
    """Replaces «key» markers (C# is full of braces and $, so neither str.format nor string.Template fits)."""
    for key, value in values.items():
        template = template.replace("«" + key + "»", str(value))
    assert "«" not in template, template[template.index("«"):][:40]
    return template


def type_name(u):
    pairs = len(ADJECTIVES) * len(NOUNS)
    name = ADJECTIVES[(u // len(NOUNS)) % len(ADJECTIVES)] + NOUNS[u % len(NOUNS)]
    return name if u < pairs else name + str(u // pairs + 1)


class Style:
    """How one file is written. About a third of the files (every third) get the directives: '#nullable enable' with
    annotations, '#region' blocks and an '#if DEBUG' member. Namespaces alternate between block and file-scoped."""

    def __init__(self, file_index):
        self.directives = file_index % 3 == 0
        self.file_scoped = file_index % 2 == 1
        self.q = "?" if self.directives else ""   # a nullable reference annotation where annotations are on

    def header(self, usings):
        lines = ["#nullable enable", ""] if self.directives else []
        lines += ["using {};".format(u) for u in usings]
        return "\n".join(lines) + "\n\n"

    def namespace(self, name, body):
        """body: the members at namespace level, indented by 4 (block-scoped) or dedented (file-scoped)."""
        if self.file_scoped:
            dedented = "\n".join(line[4:] if line.startswith("    ") else line for line in body.rstrip("\n").split("\n"))
            return "namespace {};\n\n{}\n".format(name, dedented)
        return "namespace {}\n{{\n{}\n}}\n".format(name, body.rstrip("\n"))

    def region(self, name, members):
        if not self.directives:
            return members
        return "        #region {}\n\n{}\n        #endregion\n".format(name, members.rstrip("\n"))

    def debug_only(self, members):
        return "#if DEBUG\n{}#endif\n".format(members) if self.directives else ""


ENTITY = '''    /// <summary>The lifecycle state of a <see cref="«name»"/>.</summary>
    public enum «name»Status
    {
        /// <summary>Created, not yet confirmed.</summary>
        Draft,

        /// <summary>Confirmed and in use.</summary>
        Active,

        /// <summary>Temporarily not available.</summary>
        Suspended,

        /// <summary>No longer in use; kept for the history.</summary>
        Archived,
    }

    /// <summary>
    /// A «words» of the «area» area. Everything but <see cref="Tags"/>, <see cref="Note"/>, <see cref="Quantity"/>,
    /// <see cref="UnitPrice"/> and <see cref="Status"/> is fixed at construction.
    /// </summary>
    public sealed partial class «name» : IEquatable<«name»>
    {
        private readonly List<string> _tags = new List<string>();

        /// <summary>Initializes a new instance of the <see cref="«name»"/> class.</summary>
        /// <param name="id">The identifier; positive.</param>
        /// <param name="name">The display name.</param>
        /// <param name="code">The short code; stored in upper case.</param>
        public «name»(int id, string name, string code)
        {
            if (id <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(id), id, "The identifier must be positive.");
            }

            Id = id;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Code = (code ?? throw new ArgumentNullException(nameof(code))).ToUpperInvariant();
            CreatedAt = DateTimeOffset.UnixEpoch.AddDays(id % 20000);
        }

«properties»
        /// <summary>Adds a tag unless it is there already (ignoring case).</summary>
        /// <param name="tag">The tag.</param>
        /// <returns><see langword="true"/> if the tag was added.</returns>
        public bool AddTag(string tag)
        {
            if (string.IsNullOrWhiteSpace(tag) || _tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            _tags.Add(tag.Trim());
            return true;
        }

        /// <summary>Returns a copy with another quantity.</summary>
        /// <param name="quantity">The new quantity.</param>
        /// <returns>The copy.</returns>
        public «name» WithQuantity(int quantity)
        {
            var copy = new «name»(Id, Name, Code) { Note = Note, Quantity = quantity, UnitPrice = UnitPrice, Status = Status };
            copy._tags.AddRange(_tags);
            return copy;
        }

        /// <summary>Describes the state for people.</summary>
        /// <returns>One line of text.</returns>
        public string Describe() => Status switch
        {
            «name»Status.Draft => $"{Name} ({Code}) is a draft",
            «name»Status.Active when Quantity == 0 => $"{Name} ({Code}) is out of stock",
            «name»Status.Active => $"{Name} ({Code}): {Quantity} at {UnitPrice.ToString("C", CultureInfo.InvariantCulture)}",
            «name»Status.Suspended => $"{Name} ({Code}) is suspended{(Note is null ? string.Empty : ": " + Note)}",
            _ => $"{Name} ({Code}) is archived since {CreatedAt:yyyy-MM-dd}",
        };

        /// <inheritdoc/>
        public bool Equals(«name»«q» other) => other is not null && Id == other.Id && string.Equals(Code, other.Code, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object«q» obj) => obj is «name» other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(Id, Code);

        /// <inheritdoc/>
        public override string ToString() => $"{nameof(«name»)}[{Id}, {Code}]";
«debug»    }
'''

ENTITY_PROPERTIES = '''        /// <summary>Gets the identifier.</summary>
        public int Id { get; }

        /// <summary>Gets the display name.</summary>
        public string Name { get; }

        /// <summary>Gets the short code, in upper case.</summary>
        public string Code { get; }

        /// <summary>Gets or sets an optional note.</summary>
        public string«q» Note { get; set; }

        /// <summary>Gets or sets the quantity on hand.</summary>
        public int Quantity { get; set; }

        /// <summary>Gets or sets the price of one unit.</summary>
        public decimal UnitPrice { get; set; }

        /// <summary>Gets or sets the lifecycle state.</summary>
        public «name»Status Status { get; set; } = «name»Status.Draft;

        /// <summary>Gets when the instance was created.</summary>
        public DateTimeOffset CreatedAt { get; }

        /// <summary>Gets the tags, in the order they were added.</summary>
        public IReadOnlyList<string> Tags => _tags;

        /// <summary>Gets the value of the quantity on hand.</summary>
        public decimal TotalValue => Quantity * UnitPrice;

        /// <summary>Gets whether the item can be ordered now.</summary>
        public bool IsOrderable => Status == «name»Status.Active && Quantity > 0;
'''

ENTITY_DEBUG = '''
        /// <summary>Checks the invariants (debug builds only).</summary>
        internal void AssertInvariants()
        {
            System.Diagnostics.Debug.Assert(Id > 0, "Id must be positive");
            System.Diagnostics.Debug.Assert(Quantity >= 0, $"Quantity of {Code} must not be negative");
        }
'''

VALIDATION = '''    public sealed partial class «name»
    {
        /// <summary>The longest name accepted.</summary>
        public const int MaxNameLength = «max_name»;

        /// <summary>Gets whether <see cref="Validate"/> finds nothing.</summary>
        public bool IsValid => Validate().Count == 0;

        /// <summary>Validates the instance.</summary>
        /// <returns>The problems found; empty when the instance is valid.</returns>
        public IReadOnlyList<string> Validate()
        {
            var problems = new List<string>();
            if (Name.Length > MaxNameLength)
            {
                problems.Add($"Name is longer than {MaxNameLength} characters.");
            }

            if (Code.Length is < 2 or > 12)
            {
                problems.Add($"Code '{Code}' must have 2 to 12 characters.");
            }

            if (Quantity < 0)
            {
                problems.Add("Quantity must not be negative.");
            }

            if (UnitPrice < 0m)
            {
                problems.Add($"Unit price {UnitPrice} must not be negative.");
            }

            if (Status == «name»Status.Archived && Quantity > 0)
            {
                problems.Add("An archived item cannot have stock.");
            }

            problems.AddRange(Tags.Where(t => t.Length > 32).Select(t => $"Tag '{t}' is longer than 32 characters."));
            return problems;
        }

        /// <summary>Parses a stock line of the form <c>code:quantity</c>.</summary>
        /// <param name="text">The line.</param>
        /// <param name="code">The code, or an empty string.</param>
        /// <param name="quantity">The quantity, or 0.</param>
        /// <returns><see langword="true"/> if the line was well formed.</returns>
        public static bool TryParseStock(string«q» text, out string code, out int quantity)
        {
            code = string.Empty;
            quantity = 0;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            var separator = text.IndexOf(':');
            if (separator <= 0)
            {
                return false;
            }

            code = text.Substring(0, separator).Trim().ToUpperInvariant();
            return int.TryParse(text.AsSpan(separator + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out quantity) && quantity >= 0;
        }
    }
'''

REPOSITORY = '''    /// <summary>Stores <see cref="«name»"/> instances.</summary>
    public interface I«name»Repository
    {
        /// <summary>Finds an item by its identifier.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns>The item, or <see langword="null"/>.</returns>
        «name»«q» Find(int id);

        /// <summary>Gets all items, by identifier.</summary>
        /// <returns>The items.</returns>
        IReadOnlyCollection<«name»> All();

        /// <summary>Adds an item or replaces the one with its identifier.</summary>
        /// <param name="item">The item.</param>
        void Save(«name» item);

        /// <summary>Removes an item.</summary>
        /// <param name="id">The identifier.</param>
        /// <returns><see langword="true"/> if there was one.</returns>
        bool Remove(int id);

        /// <summary>Loads the items that match.</summary>
        /// <param name="predicate">Which items.</param>
        /// <param name="cancellationToken">Cancels the load.</param>
        /// <returns>The matching items.</returns>
        Task<IReadOnlyList<«name»>> LoadAsync(Func<«name», bool> predicate, CancellationToken cancellationToken = default);
    }

    /// <summary>An in-memory <see cref="I«name»Repository"/>, safe for concurrent use.</summary>
    public sealed class InMemory«name»Repository : I«name»Repository
    {
        private readonly Dictionary<int, «name»> _items = new Dictionary<int, «name»>();
        private readonly object _gate = new object();

        /// <summary>Raised after an item was saved.</summary>
        public event EventHandler<«name»>«q» Saved;

        /// <summary>Gets the number of items.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _items.Count;
                }
            }
        }

        /// <inheritdoc/>
        public «name»«q» Find(int id)
        {
            lock (_gate)
            {
                return _items.TryGetValue(id, out var item) ? item : null;
            }
        }

        /// <inheritdoc/>
        public IReadOnlyCollection<«name»> All()
        {
            lock (_gate)
            {
                return _items.Values.OrderBy(i => i.Id).ToList();
            }
        }

        /// <inheritdoc/>
        public void Save(«name» item)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            lock (_gate)
            {
                _items[item.Id] = item;
            }

            Saved?.Invoke(this, item);
        }

        /// <inheritdoc/>
        public bool Remove(int id)
        {
            lock (_gate)
            {
                return _items.Remove(id);
            }
        }

        /// <inheritdoc/>
        public async Task<IReadOnlyList<«name»>> LoadAsync(Func<«name», bool> predicate, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return All().Where(predicate).ToList();
        }

        /// <summary>Counts the items per state.</summary>
        /// <returns>The counts; states without items are left out.</returns>
        public IDictionary<«name»Status, int> CountByStatus() => All().GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());
    }
'''

SERVICE = '''    /// <summary>Options of <see cref="«name»Service"/>.</summary>
    public sealed class «name»ServiceOptions
    {
        /// <summary>Gets or sets the stock level below which an item is reordered.</summary>
        public int ReorderLevel { get; set; } = «reorder»;

        /// <summary>Gets or sets the discount, in percent, for bulk orders.</summary>
        public decimal BulkDiscountPercent { get; set; } = «discount»m;

        /// <summary>Gets or sets how many items a report lists per state.</summary>
        public int ReportTop { get; set; } = 3;
    }

    /// <summary>The business operations on <see cref="«name»"/>.</summary>
    public class «name»Service
    {
        private readonly I«name»Repository _repository;
        private readonly «name»ServiceOptions _options;

        /// <summary>Initializes a new instance of the <see cref="«name»Service"/> class.</summary>
        /// <param name="repository">The store.</param>
        /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
        public «name»Service(I«name»Repository repository, «name»ServiceOptions«q» options = null)
        {
            _repository = repository ?? throw new ArgumentNullException(nameof(repository));
            _options = options ?? new «name»ServiceOptions();
        }

        /// <summary>The active items that need reordering, lowest stock first.</summary>
        /// <returns>The items.</returns>
        public IEnumerable<«name»> NeedingReorder() =>
            from item in _repository.All()
            where item.Status == «name»Status.Active && item.Quantity < _options.ReorderLevel
            orderby item.Quantity, item.Name
            select item;

        /// <summary>The price of an order line, bulk discount included.</summary>
        /// <param name="id">The item.</param>
        /// <param name="quantity">How many; positive.</param>
        /// <returns>The price, rounded to cents.</returns>
        public decimal PriceOf(int id, int quantity)
        {
            var item = _repository.Find(id) ?? throw new KeyNotFoundException($"No {nameof(«name»)} with id {id}.");
            var discount = quantity switch
            {
                <= 0 => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "The quantity must be positive."),
                < 10 => 0m,
                < 100 => _options.BulkDiscountPercent,
                _ => _options.BulkDiscountPercent * 2,
            };
            return Math.Round(item.UnitPrice * quantity * (100m - discount) / 100m, 2, MidpointRounding.AwayFromZero);
        }

        /// <summary>Activates an item.</summary>
        /// <param name="id">The item.</param>
        /// <param name="reason">Why not, when the item was not activated.</param>
        /// <returns><see langword="true"/> if the item is active now.</returns>
        public bool TryActivate(int id, out string reason)
        {
            var item = _repository.Find(id);
            reason = item switch
            {
                null => "not found",
                { Status: «name»Status.Archived } => "archived items cannot be activated",
                { IsValid: false } invalid => string.Join("; ", invalid.Validate()),
                _ => string.Empty,
            };
            if (reason.Length > 0 || item is null)
            {
                return false;
            }

            item.Status = «name»Status.Active;
            _repository.Save(item);
            return true;
        }

        /// <summary>A plain-text report of the items per state.</summary>
        /// <returns>The report.</returns>
        public string Report()
        {
            var items = _repository.All();
            var builder = new StringBuilder();
            builder.AppendLine($"{nameof(«name»)} report: {items.Count} items, {items.Sum(i => i.TotalValue):N2} in stock");
            foreach (var group in items.GroupBy(i => i.Status).OrderBy(g => g.Key))
            {
                builder.Append("  ").Append(group.Key).Append(": ").Append(group.Count()).AppendLine();
                foreach (var item in group.OrderByDescending(i => i.TotalValue).Take(_options.ReportTop))
                {
                    builder.AppendLine($"    {item.Code,-12} {item.Quantity,6} {item.TotalValue,12:N2}");
                }
            }

            return builder.ToString();
        }

        /// <summary>The value in stock per tag.</summary>
        /// <returns>The values, by tag (ignoring case).</returns>
        public IReadOnlyDictionary<string, decimal> ValueByTag() =>
            _repository.All()
                .SelectMany(i => i.Tags.Select(t => (Tag: t, i.TotalValue)))
                .GroupBy(p => p.Tag, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.TotalValue), StringComparer.OrdinalIgnoreCase);

        /// <summary>Applies stock changes.</summary>
        /// <param name="changes">Item identifiers and quantity changes.</param>
        /// <param name="cancellationToken">Cancels the rest of the changes.</param>
        /// <returns>How many changes were applied.</returns>
        public async Task<int> AdjustAsync(IEnumerable<KeyValuePair<int, int>> changes, CancellationToken cancellationToken = default)
        {
            var applied = 0;
            foreach (var change in changes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = _repository.Find(change.Key);
                if (item is null)
                {
                    continue;
                }

                _repository.Save(item.WithQuantity(Math.Max(0, item.Quantity + change.Value)));
                applied++;
                if (applied % 50 == 0)
                {
                    await Task.Yield();
                }
            }

            return applied;
        }
«match»    }
'''

SERVICE_MATCH = '''
        /// <summary>Pairs the items with <see cref="«other»"/> items of the same code.</summary>
        /// <param name="others">The other items.</param>
        /// <returns>The pairs.</returns>
        public IEnumerable<(«name» Item, «other» Other)> MatchByCode(IEnumerable<«other»> others) =>
            _repository.All().Join(others, i => i.Code, o => o.Code, (i, o) => (i, o), StringComparer.Ordinal);
'''

EXTENSIONS = '''    /// <summary>Extension methods for <see cref="«name»"/>.</summary>
    public static class «name»Extensions
    {
        /// <summary>The items whose name contains the text or whose code is the text, ignoring case.</summary>
        /// <param name="items">The items.</param>
        /// <param name="text">The text.</param>
        /// <returns>The matching items.</returns>
        public static IEnumerable<«name»> Matching(this IEnumerable<«name»> items, string text) =>
            items.Where(i => i.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || i.Code.Equals(text, StringComparison.OrdinalIgnoreCase));

        /// <summary>The first item with the code, or the fallback.</summary>
        /// <param name="items">The items.</param>
        /// <param name="code">The code.</param>
        /// <param name="fallback">What to return when no item has the code.</param>
        /// <returns>The item or the fallback.</returns>
        public static «name»«q» ByCode(this IEnumerable<«name»> items, string code, «name»«q» fallback = null) =>
            items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) ?? fallback;

        /// <summary>Indexes the items by a key.</summary>
        /// <typeparam name="TKey">The type of the key.</typeparam>
        /// <param name="items">The items.</param>
        /// <param name="key">The key of an item.</param>
        /// <returns>The lookup.</returns>
        public static ILookup<TKey, «name»> IndexBy<TKey>(this IEnumerable<«name»> items, Func<«name», TKey> key)
            where TKey : notnull => items.ToLookup(key);

        /// <summary>Splits a sequence into pages.</summary>
        /// <typeparam name="T">The type of the elements.</typeparam>
        /// <param name="source">The sequence.</param>
        /// <param name="size">The page size; positive.</param>
        /// <returns>The pages; the last one may be shorter.</returns>
        public static IEnumerable<IReadOnlyList<T>> Pages<T>(this IEnumerable<T> source, int size)
        {
            if (size <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(size));
            }

            var page = new List<T>(size);
            foreach (var element in source)
            {
                page.Add(element);
                if (page.Count == size)
                {
                    yield return page;
                    page = new List<T>(size);
                }
            }

            if (page.Count > 0)
            {
                yield return page;
            }
        }

        /// <summary>The item as one CSV line.</summary>
        /// <param name="item">The item.</param>
        /// <param name="separator">The field separator.</param>
        /// <returns>The line, without a line break.</returns>
        public static string ToCsv(this «name» item, char separator = ',')
        {
            static string Quote(string value) =>
                value.IndexOfAny(new[] { ',', ';', '"' }) < 0 ? value : "\\"" + value.Replace("\\"", "\\"\\"") + "\\"";

            return string.Join(separator, new[]
            {
                item.Id.ToString(CultureInfo.InvariantCulture), Quote(item.Name), Quote(item.Code),
                item.Quantity.ToString(CultureInfo.InvariantCulture), item.UnitPrice.ToString(CultureInfo.InvariantCulture),
                item.Status.ToString(),
            });
        }

        /// <summary>One line per state: count and value.</summary>
        /// <param name="items">The items.</param>
        /// <returns>The summary.</returns>
        public static string Summarize(this IEnumerable<«name»> items) =>
            string.Join(Environment.NewLine, items.GroupBy(i => i.Status).Select(g => $"{g.Key}: {g.Count()} items, {g.Sum(i => i.TotalValue):N2} in stock"));
«crypto»«debug»    }
'''

EXTENSIONS_DEBUG = '''
        /// <summary>Writes the items to the debug output (debug builds only).</summary>
        /// <param name="items">The items.</param>
        internal static void Dump(this IEnumerable<«name»> items)
        {
            foreach (var item in items)
            {
                System.Diagnostics.Debug.WriteLine(item.Describe());
            }
        }
'''

# A handful of files hash the way real code still does: MD5 ETags for HTTP caches and SHA-1 fingerprints for an old
# format. CA5351 (MD5) and CA5350 (SHA-1) report them; they are the yardstick on the same code.
EXTENSIONS_CRYPTO = '''
        /// <summary>An entity tag for HTTP caches. Not a security feature: the caches in front of the old API expect MD5.</summary>
        /// <param name="item">The item.</param>
        /// <returns>The quoted tag.</returns>
        public static string ETag(this «name» item) =>
            "\\"" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(item.ToCsv()))) + "\\"";

        /// <summary>The fingerprint of the old export format (SHA-1 of code and name).</summary>
        /// <param name="item">The item.</param>
        /// <returns>The fingerprint, Base64.</returns>
        public static string LegacyFingerprint(this «name» item)
        {
            using var sha1 = SHA1.Create();
            return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(item.Code + "|" + item.Name)));
        }
'''

# Generic helpers of a Common namespace, in turn.
COMMON = [
    ("Cache", '''    /// <summary>A small least-recently-used cache.</summary>
    /// <typeparam name="TKey">The type of the keys.</typeparam>
    /// <typeparam name="TValue">The type of the values.</typeparam>
    public sealed class «prefix»Cache<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        private readonly int _capacity;
        private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _map;
        private readonly LinkedList<KeyValuePair<TKey, TValue>> _order = new LinkedList<KeyValuePair<TKey, TValue>>();

        /// <summary>Initializes a new instance with a capacity.</summary>
        /// <param name="capacity">How many entries the cache keeps; positive.</param>
        /// <param name="comparer">Compares keys; the default comparer when <see langword="null"/>.</param>
        public «prefix»Cache(int capacity, IEqualityComparer<TKey>«q» comparer = null)
        {
            _capacity = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));
            _map = new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>(comparer ?? EqualityComparer<TKey>.Default);
        }

        /// <summary>Gets the number of entries.</summary>
        public int Count => _map.Count;

        /// <summary>Gets or sets the value of a key.</summary>
        /// <param name="key">The key.</param>
        public TValue this[TKey key]
        {
            get => TryGet(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");
            set => Add(key, value);
        }

        /// <summary>Looks a key up and marks it as used.</summary>
        /// <param name="key">The key.</param>
        /// <param name="value">The value, when found.</param>
        /// <returns><see langword="true"/> if found.</returns>
        public bool TryGet(TKey key, out TValue value)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>Adds or replaces an entry, evicting the least recently used one when full.</summary>
        /// <param name="key">The key.</param>
        /// <param name="value">The value.</param>
        public void Add(TKey key, TValue value)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
            }
            else if (_map.Count >= _capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }

            _map[key] = _order.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
        }

        /// <summary>Gets a value, creating it when missing.</summary>
        /// <param name="key">The key.</param>
        /// <param name="create">Creates the value.</param>
        /// <returns>The value.</returns>
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
        {
            if (!TryGet(key, out var value))
            {
                value = create(key);
                Add(key, value);
            }

            return value;
        }

        /// <inheritdoc/>
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _order.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
''', ["System", "System.Collections", "System.Collections.Generic"]),
    ("Result", '''    /// <summary>The outcome of an operation: a value or an error message.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    public readonly struct «prefix»Result<T> : IEquatable<«prefix»Result<T>>
    {
        private readonly T _value;

        private «prefix»Result(T value, string«q» error)
        {
            _value = value;
            Error = error;
        }

        /// <summary>Gets the error message, or <see langword="null"/> on success.</summary>
        public string«q» Error { get; }

        /// <summary>Gets whether the operation succeeded.</summary>
        public bool IsSuccess => Error is null;

        /// <summary>Gets the value; throws on failure.</summary>
        public T Value => IsSuccess ? _value : throw new InvalidOperationException(Error);

        /// <summary>A success.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The result.</returns>
        public static «prefix»Result<T> Ok(T value) => new «prefix»Result<T>(value, null);

        /// <summary>A failure.</summary>
        /// <param name="error">What went wrong.</param>
        /// <returns>The result.</returns>
        public static «prefix»Result<T> Fail(string error) => new «prefix»Result<T>(default!, error ?? throw new ArgumentNullException(nameof(error)));

        /// <summary>Maps the value of a success.</summary>
        /// <typeparam name="TResult">The type of the new value.</typeparam>
        /// <param name="map">The mapping.</param>
        /// <returns>The mapped result, or the same failure.</returns>
        public «prefix»Result<TResult> Map<TResult>(Func<T, TResult> map) =>
            IsSuccess ? «prefix»Result<TResult>.Ok(map(_value)) : «prefix»Result<TResult>.Fail(Error!);

        /// <summary>Chains another operation after a success.</summary>
        /// <typeparam name="TResult">The type of the new value.</typeparam>
        /// <param name="next">The next operation.</param>
        /// <returns>Its result, or the same failure.</returns>
        public «prefix»Result<TResult> Then<TResult>(Func<T, «prefix»Result<TResult>> next) =>
            IsSuccess ? next(_value) : «prefix»Result<TResult>.Fail(Error!);

        /// <summary>The value of a success, or the fallback.</summary>
        /// <param name="fallback">The fallback.</param>
        /// <returns>The value or the fallback.</returns>
        public T OrElse(T fallback) => IsSuccess ? _value : fallback;

        /// <inheritdoc/>
        public bool Equals(«prefix»Result<T> other) =>
            string.Equals(Error, other.Error, StringComparison.Ordinal) && EqualityComparer<T>.Default.Equals(_value, other._value);

        /// <inheritdoc/>
        public override bool Equals(object«q» obj) => obj is «prefix»Result<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(Error, _value);

        /// <inheritdoc/>
        public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
    }
''', ["System", "System.Collections.Generic"]),
    ("Text", '''    /// <summary>Text helpers for codes and key-value lines.</summary>
    public static class «prefix»Text
    {
        /// <summary>Splits <c>key=value;key=value</c> text into pairs, trimming both sides.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The pairs, in order; entries without '=' are skipped.</returns>
        public static IEnumerable<KeyValuePair<string, string>> Pairs(string text)
        {
            foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var separator = entry.IndexOf('=');
                if (separator > 0)
                {
                    yield return new KeyValuePair<string, string>(entry.Substring(0, separator).Trim(), entry.Substring(separator + 1).Trim());
                }
            }
        }

        /// <summary>Whether a code has only letters, digits and dashes.</summary>
        /// <param name="code">The code.</param>
        /// <returns><see langword="true"/> if it has.</returns>
        public static bool IsCode(ReadOnlySpan<char> code)
        {
            if (code.IsEmpty)
            {
                return false;
            }

            foreach (var c in code)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Shortens text to a length, with an ellipsis.</summary>
        /// <param name="text">The text.</param>
        /// <param name="length">The longest result.</param>
        /// <returns>The text, shortened when needed.</returns>
        public static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, Math.Max(0, length - 1)), "…");

        /// <summary>Formats an amount for a culture.</summary>
        /// <param name="amount">The amount.</param>
        /// <param name="culture">The culture name, e.g. de-DE.</param>
        /// <returns>The amount with two decimals.</returns>
        public static string Amount(decimal amount, string culture) => amount.ToString("N2", CultureInfo.GetCultureInfo(culture));

        /// <summary>Counts the words of a text.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The number of words.</returns>
        public static int Words(string«q» text) => text?.Split((char[]«q»)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;

        /// <summary>Joins the non-empty parts.</summary>
        /// <param name="separator">The separator.</param>
        /// <param name="parts">The parts.</param>
        /// <returns>The joined text.</returns>
        public static string JoinNonEmpty(string separator, params string«q»[] parts) =>
            string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
    }
''', ["System", "System.Collections.Generic", "System.Globalization", "System.Linq"]),
]

POLICY = '''using IpsecSdk;

namespace Contoso.Commerce.Security
{
    /// <summary>
    /// The IPsec policy that the commerce hosts apply at installation: the database and the internal API are reachable
    /// only over IPsec, authenticated with Kerberos inside the domain.
    /// </summary>
    public static class TransportSecurityPolicy
    {
        /// <summary>The group of the policy's rules in Windows Defender Firewall.</summary>
        public const string Group = "Contoso.Commerce.Transport";

        /// <summary>The application servers' subnet.</summary>
        public const string AppServers = "10.20.0.0/16";

        /// <summary>Builds the policy.</summary>
        /// <returns>The validated policy.</returns>
        public static IpsecPolicy Build() =>
            IpsecPolicy.Create(Group)
                .AddRule("commerce-sql", rule => rule
                    .WithDisplayName("SQL Server (TCP 1433) requires IPsec")
                    .WithDescription("The application servers reach the database only over authenticated, encrypted IPsec.")
                    .Tcp().WithLocalPorts(1433)
                    .WithRemoteAddresses(AppServers)
                    .RequireInboundAndOutbound()
                    .AuthenticateWithKerberos()
                    .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20))
                    .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256).WithPfs(PfsGroup.Dh20)))
                .AddRule("commerce-api", rule => rule
                    .WithDisplayName("Internal API (TCP 8443) requires IPsec")
                    .Tcp().WithLocalPorts(8443)
                    .WithRemoteAddresses(AppServers)
                    .«security»
                    .AuthenticateWithKerberos()
                    .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.«mm_integrity», DiffieHellmanGroup.«mm_group»))
                    .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256).WithPfs(PfsGroup.«pfs»)))
                .Build();
    }
}
'''
# The one place the variants differ: strong choices, or four weak ones (IPSEC007, IPSEC001, IPSEC003, IPSEC004).
POLICY_CHOICES = {
    "clean": dict(security="RequireInboundAndOutbound()", mm_integrity="Sha384", mm_group="Dh20", pfs="Dh20"),
    "findings": dict(security="RequestInboundAndOutbound()", mm_integrity="Sha1", mm_group="Dh2", pfs="None"),
}

USINGS = {
    "entity": ["System", "System.Collections.Generic", "System.Globalization", "System.Linq"],
    "validation": ["System", "System.Collections.Generic", "System.Globalization", "System.Linq"],
    "repository": ["System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks"],
    "service": ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading",
                "System.Threading.Tasks"],
    "extensions": ["System", "System.Collections.Generic", "System.Globalization", "System.Linq"],
}


def unit_files(u, crypto):
    """The files of unit u, in an order whose every prefix compiles: (relative path, text of a Style)."""
    name = type_name(u)
    area = AREAS[u % len(AREAS)]
    ns = "Contoso.Commerce." + area
    words = (ADJECTIVES[(u // len(NOUNS)) % len(ADJECTIVES)] + " " + NOUNS[u % len(NOUNS)]).lower()
    folder = area

    def entity(style):
        body = fill(ENTITY, name=name, area=area, words=words, q=style.q,
                    properties=style.region("Properties", fill(ENTITY_PROPERTIES, name=name, q=style.q)),
                    debug=style.debug_only(ENTITY_DEBUG))
        return style.header(USINGS["entity"]) + style.namespace(ns, body)

    def validation(style):
        body = fill(VALIDATION, name=name, q=style.q, max_name=80 + u % 40)
        if style.directives:
            body = body.replace("        /// <summary>Validates the instance.", "        #region Validation\n\n        /// <summary>Validates the instance.", 1)
            body = body.replace("\n        /// <summary>Parses a stock line", "\n        #endregion\n\n        /// <summary>Parses a stock line", 1)
        return style.header(USINGS["validation"]) + style.namespace(ns, body)

    def repository(style):
        return style.header(USINGS["repository"]) + style.namespace(ns, fill(REPOSITORY, name=name, q=style.q))

    def service(style):
        usings = list(USINGS["service"])
        match = ""
        if u > 0:
            # Cross-file, cross-namespace references (the previous unit is in the next area): what binding involves.
            other = type_name(u - 1)
            other_ns = "Contoso.Commerce." + AREAS[(u - 1) % len(AREAS)]
            if other_ns != ns:
                usings.append(other_ns)
            match = fill(SERVICE_MATCH, name=name, other=other)
        body = fill(SERVICE, name=name, q=style.q, reorder=5 + u % 10, discount="{:.1f}".format(1.5 + u % 5), match=match)
        if style.directives:
            body = body.replace("        /// <summary>A plain-text report", "        #region Reports\n\n        /// <summary>A plain-text report", 1)
            body = body.replace("\n        /// <summary>Applies stock changes.", "\n        #endregion\n\n        /// <summary>Applies stock changes.", 1)
        return style.header(usings) + style.namespace(ns, body)

    def extensions(style):
        usings = list(USINGS["extensions"])
        if crypto:
            usings += ["System.Security.Cryptography", "System.Text"]
        body = fill(EXTENSIONS, name=name, q=style.q, crypto=fill(EXTENSIONS_CRYPTO, name=name) if crypto else "",
                    debug=style.debug_only(fill(EXTENSIONS_DEBUG, name=name)))
        return style.header(usings) + style.namespace(ns, body)

    return [(os.path.join(folder, name + ".cs"), entity),
            (os.path.join(folder, name + ".Validation.cs"), validation),
            (os.path.join(folder, name + "Repository.cs"), repository),
            (os.path.join(folder, name + "Service.cs"), service),
            (os.path.join(folder, name + "Extensions.cs"), extensions)]


def common_file(k):
    kind, template, usings = COMMON[k % len(COMMON)]
    prefix = ADJECTIVES[k % len(ADJECTIVES)] + (str(k // len(ADJECTIVES)) if k >= len(ADJECTIVES) else "")

    def text(style):
        return style.header(usings) + style.namespace("Contoso.Commerce.Common", fill(template, prefix=prefix, q=style.q))

    return os.path.join("Common", prefix + kind + ".cs"), text


def ordinary_files(files, crypto_files):
    """FILES ordinary files: units of five files, a generic helper after every COMMON_EVERY units. The extension files
    of crypto_files evenly spread units hash with MD5 and SHA-1."""
    units = -(-files // UNIT_FILES)
    crypto_units = {round(i * units / crypto_files) for i in range(crypto_files)} if crypto_files else set()
    out = []
    u = 0
    k = 0
    while len(out) < files:
        out += unit_files(u, u in crypto_units)
        u += 1
        if u % COMMON_EVERY == 0:
            out.append(common_file(k))
            k += 1
    return out[:files]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output folder (replaced)")
    parser.add_argument("--files", type=int, default=600, help="ordinary files, the policy file not counted")
    parser.add_argument("--crypto-files", type=int, default=None,
                        help="ordinary files with MD5/SHA-1 calls (default: 1 %% of the files, at least 3)")
    parser.add_argument("--sdk-dll", required=True, help="built IpsecSdk.dll (net8.0)")
    parser.add_argument("--analyzer-dll", required=True, help="built IpsecSdk.Analyzers.dll")
    args = parser.parse_args()
    crypto_files = args.crypto_files if args.crypto_files is not None else max(3, args.files // 100)

    out = os.path.abspath(args.out)
    generate.isolate(out)
    files = ordinary_files(args.files, crypto_files)
    # Like a packaged library: XML documentation generated (the compiler checks every doc comment), the warnings about
    # missing comments would be real (every public member has one).
    extra = ("    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n"
             "    <RootNamespace>Contoso.Commerce</RootNamespace>\n")
    stats = {"lines": 0, "directives": 0, "crypto": 0}
    for variant, choices in POLICY_CHOICES.items():
        folder = os.path.join(out, variant)
        os.makedirs(folder)
        generate.write(os.path.join(folder, "Contoso.Commerce.csproj"),
                       generate.project_file(True, os.path.abspath(args.sdk_dll), os.path.abspath(args.analyzer_dll),
                                             generator="sparse.py", extra_properties=extra))
        for index, (path, text) in enumerate(files):
            style = Style(index)
            source = text(style)
            full = os.path.join(folder, "src", path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            generate.write(full, source)
            if variant == "clean":
                stats["lines"] += source.count("\n")
                stats["directives"] += style.directives
                stats["crypto"] += "System.Security.Cryptography" in source
        policy = os.path.join(folder, "src", POLICY_FILE)
        os.makedirs(os.path.dirname(policy), exist_ok=True)
        generate.write(policy, fill(POLICY, **choices))
    # IpsecSdk invocations in the policy (Create, AddRule, With..., Use..., Add...Proposal, WithPfs, Build).
    sdk_call_sites = len(re.findall(r"\.(?:Create|AddRule|With\w*|Use\w+|Tcp|Require\w+|Request\w+|Authenticate\w+|Add\w*Proposal|Build)\(",
                                    fill(POLICY, **POLICY_CHOICES["clean"])))
    methods = count_methods(os.path.join(out, "clean", "src"))
    with open(os.path.join(out, "facts.txt"), "w") as f:
        f.write("files={}\nlines={}\nmethods={}\ndirective_files={}\ncrypto_files={}\nsdk_call_sites={}\n".format(
            len(files) + 1, stats["lines"], methods, stats["directives"], stats["crypto"], sdk_call_sites))
    print("generated {} ordinary files ({:,} lines, {:,} methods; directives in {}, MD5/SHA-1 in {}) + 1 "
          "IpsecSdk policy file, as clean/ and findings/ in {}".format(
              len(files), stats["lines"], methods, stats["directives"], stats["crypto"], out))


def count_methods(folder):
    """Methods, constructors, operators and local functions with a body: declarations with modifiers and a parameter
    list (interface members, which have neither body nor modifiers here, and properties are not counted)."""
    declaration = re.compile(r"^\s*(?:public|internal|private|protected|static)\b[^=;(]*\b\w+(?:<[^>]*>)?\(", re.M)
    total = 0
    for root, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), encoding="utf-8") as f:
                total += len(declaration.findall(f.read()))
    return total


if __name__ == "__main__":
    main()
