using OnePlusX.Venues;

namespace OnePlusX.Silo.Grains.Venues;

/// <summary>
/// XM-SCH-1: one calendar of every exam sitting in a college's rooms, so that no two exams claim a room at once,
/// whichever project they belong to. A grain turn is the unit of coordination: checking and holding rooms happen in
/// one turn, so two projects planning at the same moment cannot both take a room. The owners' own state (the exams
/// in their project grains) is the record of what was planned and is audited there; this is the coordination.
/// </summary>
internal sealed class VenueCalendarGrain(
    [PersistentState(VenueCalendarGrain.StateKey, StorageNames.Default)] IPersistentState<VenueCalendarState> state)
    : Grain, IVenueCalendarGrain
{
    public const string StateKey = "venueCalendar";

    public Task<IReadOnlyList<VenueReservation>> OthersAsync(string owner, IReadOnlyList<string> rooms, DateTimeOffset from, DateTimeOffset to)
    {
        var wanted = rooms.Select(RoomKey).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<VenueReservation> others = state.State.Reservations
            .Where(r => r.Owner != owner && wanted.Contains(RoomKey(r.Room)) && r.Start < to && from < r.End)
            .OrderBy(r => r.Start)
            .ToList();
        return Task.FromResult(others);
    }

    public async Task<VenueBookingOutcome> BookAsync(BookVenues command)
    {
        var others = state.State.Reservations.Where(r => r.Owner != command.Owner).ToList();
        var conflicts = others
            .Where(r => command.Slots.Any(s => RoomKey(s.Room) == RoomKey(r.Room) && s.Start < r.End && r.Start < s.End))
            .ToList();
        if (conflicts.Count > 0)
        {
            return new VenueBookingOutcome(false, conflicts);
        }

        var mine = command.Slots.Select(s => new VenueReservation(command.Owner, command.Title, s.Room.Trim(), s.Start, s.End)).ToList();
        var current = state.State.Reservations.Where(r => r.Owner == command.Owner).ToList();
        if (!current.SequenceEqual(mine))
        {
            state.State = state.State with { Reservations = [.. others, .. mine] };
            await state.WriteStateAsync();
        }

        return new VenueBookingOutcome(true, []);
    }

    private static string RoomKey(string room) => OnePlusX.CertificateProjects.PlannedSitting.RoomKey(room);
}

[GenerateSerializer, Alias("OnePlusX.Silo.VenueCalendarState")]
internal sealed record VenueCalendarState
{
    [Id(0)] public IReadOnlyList<VenueReservation> Reservations { get; init; } = [];
}
