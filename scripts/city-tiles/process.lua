-- article-map's city tiles: the few OpenMapTiles-schema layers the story's map draws at city scale
-- (https://openmaptiles.org/schema/): transportation (roads by class, rail), transportation_name, water, waterway,
-- park, building, poi. Names: `name` (OSM's), `name_en` (name:en) and `name_kk` where OSM has them.
-- Run by `npm run city-tiles` (scripts/city-tiles.ts) through tilemaker, with config.json beside this file.

function Set(list)
	local set = {}
	for _, l in ipairs(list) do set[l] = true end
	return set
end

local majorRoad = { motorway = "motorway", motorway_link = "motorway", trunk = "trunk", trunk_link = "trunk",
	primary = "primary", primary_link = "primary", secondary = "secondary", secondary_link = "secondary",
	tertiary = "tertiary", tertiary_link = "tertiary" }
local minorRoad = Set { "unclassified", "residential", "road", "living_street", "pedestrian" }
local pathRoad = Set { "footway", "cycleway", "path", "steps", "bridleway", "track" }
local railway = Set { "rail", "light_rail", "subway", "tram", "narrow_gauge", "monorail" }
local waterLanduse = Set { "reservoir", "basin" }
local parkLeisure = Set { "park", "garden", "nature_reserve" }
local poiKeys = { "amenity", "tourism", "historic", "leisure", "office", "building", "shop" }
local poiRank = { townhall = 1, place_of_worship = 3, university = 2, museum = 2, theatre = 3, embassy = 2,
	government = 1, attraction = 2, monument = 2, memorial = 3, stadium = 3, park = 4 }

function names(obj)
	local name = obj:Find("name")
	if name == "" then return false end
	obj:Attribute("name", name)
	local en = obj:Find("name:en")
	if en ~= "" then obj:Attribute("name_en", en) end
	local kk = obj:Find("name:kk")
	if kk ~= "" then obj:Attribute("name_kk", kk) end
	return true
end

node_keys = { "amenity", "tourism", "historic", "office", "shop", "leisure" }
function node_function(node)
	if not node:Holds("name") then return end
	for _, key in ipairs(poiKeys) do
		local value = node:Find(key)
		if value ~= "" then
			node:Layer("poi", false)
			names(node)
			node:Attribute("class", value)
			node:AttributeNumeric("rank", poiRank[value] or 5)
			return
		end
	end
end

function way_function(way)
	local highway = way:Find("highway")
	local rail = way:Find("railway")
	local waterway = way:Find("waterway")
	local natural = way:Find("natural")
	local landuse = way:Find("landuse")
	local leisure = way:Find("leisure")
	local closed = way:IsClosed()

	local class = majorRoad[highway]
	if not class and minorRoad[highway] then class = "minor" end
	if not class and highway == "service" then class = "service" end
	if not class and pathRoad[highway] then class = "path" end
	if class and not (highway == "pedestrian" and closed and way:Find("area") == "yes") then
		way:Layer("transportation", false)
		way:Attribute("class", class)
		if class == "minor" or class == "service" then way:MinZoom(12) end
		if class == "path" then way:MinZoom(14) end
		if way:Find("bridge") == "yes" then way:Attribute("brunnel", "bridge") end
		if way:Find("tunnel") == "yes" then way:Attribute("brunnel", "tunnel") end
		if way:Holds("name") then
			way:Layer("transportation_name", false)
			names(way)
			way:Attribute("class", class)
			if class == "minor" or class == "service" or class == "path" then way:MinZoom(14) end
		end
		return
	end
	if railway[rail] then
		way:Layer("transportation", false)
		way:Attribute("class", rail == "rail" and "rail" or "transit")
		way:Attribute("subclass", rail)
		return
	end
	if waterway == "riverbank" or natural == "water" or waterLanduse[landuse] then
		if closed then
			way:Layer("water", true)
			way:Attribute("class", waterway == "riverbank" and "river" or "lake")
		end
		return
	end
	if waterway == "river" or waterway == "canal" or waterway == "stream" then
		way:Layer("waterway", false)
		way:Attribute("class", waterway)
		names(way)
		if waterway == "stream" then way:MinZoom(13) end
		return
	end
	if closed and (parkLeisure[leisure] or landuse == "grass" or landuse == "forest" or natural == "wood") then
		way:Layer("park", true)
		way:Attribute("class", parkLeisure[leisure] and leisure or "green")
		if names(way) and leisure ~= "" then
			way:LayerAsCentroid("poi")
			names(way)
			way:Attribute("class", leisure)
			way:AttributeNumeric("rank", poiRank[leisure] or 5)
		end
		return
	end
	if closed and way:Holds("building") then
		way:Layer("building", true)
		if way:Holds("name") then
			for _, key in ipairs(poiKeys) do
				local value = way:Find(key)
				if value ~= "" and value ~= "yes" then
					way:LayerAsCentroid("poi")
					names(way)
					way:Attribute("class", value)
					way:AttributeNumeric("rank", poiRank[value] or 5)
					return
				end
			end
		end
	end
end
